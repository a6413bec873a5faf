import { parseCascadeScenario, simulateCascade, type CascadeResult, type CascadeScenario, type CascadeScenarioInput } from '../../../src/engine/cascade/index';

// Named small scenarios for the hand-checked cascades, and helpers shared by the cascade tests.

export function parsed(input: CascadeScenarioInput): CascadeScenario {
  const result = parseCascadeScenario(input);
  if (!result.ok) throw new Error(`scenario does not parse: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return result.value;
}

export function simulate(input: CascadeScenarioInput): CascadeResult {
  return simulateCascade(parsed(input));
}

type Position = { asset: string; side: 'long' | 'short'; notional: number };

export const cohort = (positions: Position[], collateral: number, extra: Record<string, unknown> = {}) => ({ count: 1, positions, collateral, ...extra });

/** One asset at 100 whose book absorbs 100 units per 1 of price: a 10,000 notional sale moves it 1 %. */
export const linearBook = { BTC: { price: 100, impact: { model: 'linear-depth' as const, depthPerPercent: 10000 } } };

/**
 * Three BTC longs entered at 100 with maintenance 5 % (surplus weight 0.95):
 *   A: 100 units, collateral 975  → cash −9,025,  liquidation price 9,025 ÷ 95   = 95
 *   B: 100 units, collateral 1,108 → cash −8,892, liquidation price 8,892 ÷ 95   = 93.6
 *   C: 200 units, collateral 2,406 → cash −17,594, liquidation price 17,594 ÷ 190 = 92.6
 */
export function threeLongs(rules: Record<string, unknown> = {}, shock = -0.055): CascadeScenarioInput {
  return {
    format: 'margin-lab/cascade-scenario',
    version: 1,
    name: 'Three longs on a linear book',
    market: linearBook,
    crowd: {
      count: 0,
      cohorts: [
        cohort([{ asset: 'BTC', side: 'long', notional: 10000 }], 975, { name: 'A' }),
        cohort([{ asset: 'BTC', side: 'long', notional: 10000 }], 1108, { name: 'B' }),
        cohort([{ asset: 'BTC', side: 'long', notional: 20000 }], 2406, { name: 'C' }),
      ],
    },
    rules: { kind: 'exchange', maintenanceRate: 0.05, liquidationPenalty: 0.01, penaltyTo: 'insurance-fund', insuranceFund: 0, whenFundIsEmpty: 'bad-debt', ...rules },
    shock: { moves: { BTC: shock } },
    criticalShock: { search: false },
  };
}

/** Every number in a JSON value, with its path: for the "never NaN" checks. */
export function numbersIn(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => numbersIn(v, path ? `${path}.${k}` : k));
  return [];
}
