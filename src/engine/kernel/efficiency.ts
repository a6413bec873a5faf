import type { Portfolio, Position } from '../format/schema';
import { makeContext, type BookContext } from '../valuation/context';
import { compileBook, bookFloats, type CompiledBook, type BookFloats } from './book';
import { jointLiquidationFactors, type KernelPair } from './liquidation';
import { poolAt, poolHealth, type PoolRows } from './pool';
import { compilePosition, isolatedLiquidationPrice, isolatedSurplusAt, positionAt } from './position';

// The same book under each regime, on the kernel. Required capital: the quote cash needed, beyond
// the book's own spot holdings, for the book to meet its initial margin. Survivable move: with the
// account's actual cash, the nearest joint move of all non-stable assets that liquidates something.

export interface KernelRegime {
  requiredCapital: number;
  survivableMove: number | null;
  survivableMoveReason?: string;
}

export interface KernelEfficiency {
  isolated: KernelRegime;
  cross: KernelRegime;
  portfolio: KernelRegime;
}

/** Cash: what the account holds in stablecoins, the only collateral an isolated position can take. Whether an asset is stable does not hang on the rule set. */
function stableCash(ctx: BookContext, floats: BookFloats): number {
  let cash = 0;
  for (const s of ctx.assets) {
    if (!ctx.stable[s]) continue;
    const q = floats.assetBalance.get(s) ?? 0;
    if (q > 0) cash += q * floats.assetPrice.get(s)!;
  }
  return cash;
}

function nearest(moves: (number | null)[]): number | null {
  return moves.reduce<number | null>((best, m) => (m === null ? best : best === null || Math.abs(m) < Math.abs(best) ? m : best), null);
}

/** A book already compiled as the regime would compile it, with its joint solve: reused, not redone. */
export interface CompiledRegime {
  book: CompiledBook;
  pool: PoolRows;
  /** Undefined where the book is shared but its joint move is still to solve. */
  jointFactor: KernelPair | undefined;
}

/** Every position in one pool (`ctx`: the book with each position cross), under cross (tiered) or portfolio (risk-based) margin. */
function pooledRegime(ctx: () => BookContext, floats: BookFloats, cash: number, compiled?: CompiledRegime): KernelRegime {
  const book = compiled?.book ?? compileBook(ctx(), floats);
  const pool = compiled?.pool ?? poolAt(book);
  const initial = poolHealth(book, pool.rows, 'initial');
  // Cash counts at full value in the pool (stablecoins carry no haircut), so it is what tops the book up.
  const requiredCapital = Math.max(initial.requirement - (initial.numerator - cash), 0);
  const factors = compiled?.jointFactor ?? jointLiquidationFactors(book, pool, true);
  const survivableMove = nearest([factors.down, factors.up].map((k) => (k === null ? null : k - 1)));
  return survivableMove === null
    ? { requiredCapital, survivableMove, survivableMoveReason: 'no joint move between −100 % and +99 900 % liquidates the pool' }
    : { requiredCapital, survivableMove };
}

function isolatedRegime(ctx: BookContext, floats: BookFloats, cash: number): KernelRegime {
  const { portfolio } = ctx;
  const brackets = new Map();
  const needs = portfolio.positions.map((p, i) => {
    const compiled = compilePosition(ctx, p, floats, i, brackets);
    const mark = floats.assetPrice.get(p.asset)!;
    const v = positionAt(compiled, mark);
    // A need within rounding of zero is zero: it decides how the cash is spread, and a stray 1e-16
    // would hand one position all of it.
    const need = v.initialMargin - v.equity;
    return { position: p, compiled, mark, need: need > 1e-12 * Math.max(v.initialMargin, Math.abs(v.equity)) ? need : 0 };
  });
  let borrows = 0;
  for (const s of ctx.assets) {
    const q = floats.assetBalance.get(s) ?? 0;
    if (q < 0) borrows += -q * floats.assetPrice.get(s)! * ctx.rules.borrowInitialRate;
  }
  const totalNeed = needs.reduce((t, n) => t + n.need, 0);
  const requiredCapital = totalNeed + borrows;
  // The account's cash is spread over the positions in proportion to what each needs (initial
  // margin plus any loss it carries), as a trader opening each on its own would; spot coins back nothing.
  const moveOf = ({ position, compiled, mark, need }: (typeof needs)[number], within: number): number | null => {
    if (ctx.stable[position.asset] || compiled.quantity === 0) return null;
    const collateral = totalNeed === 0 ? 0 : (cash * need) / totalNeed;
    // Already under water on its own: it would be liquidated at today's prices.
    if (isolatedSurplusAt(compiled, collateral, mark) < 0) return 0;
    const price = isolatedLiquidationPrice(compiled, collateral, mark, within * mark);
    return price === null ? null : price / mark - 1;
  };
  // Only the nearest move is read. Futures solve in a step or two; an option scans, and is scanned
  // no farther than the nearest move found before it (the nearest one overall is still found).
  const moves: (number | null)[] = needs.map((n) => (n.compiled.isOption ? null : moveOf(n, Infinity)));
  let within = Math.abs(nearest(moves) ?? Infinity);
  needs.forEach((n, i) => {
    if (!n.compiled.isOption) return;
    const move = moveOf(n, within);
    moves[i] = move;
    if (move !== null && Math.abs(move) < within) within = Math.abs(move);
  });
  const survivableMove = nearest(moves);
  return survivableMove === null
    ? { requiredCapital, survivableMove, survivableMoveReason: 'no position is liquidated by any joint move' }
    : { requiredCapital, survivableMove };
}

/**
 * The three regimes. `asBooked` is the account's own compiled book and joint solve: when the book
 * is already all cross under a rule set, that regime is the account itself and is not solved again.
 */
export function compareRegimes(
  portfolio: Portfolio, asBooked?: CompiledRegime, floats: BookFloats = bookFloats(portfolio), portfolioBook?: { book: CompiledBook; pool: PoolRows },
  known: readonly BookContext[] = [],
): KernelEfficiency {
  // The book's context under each rule set, made once (`known`: the evaluation's own). A context
  // reads positions from the portfolio it holds and nothing else from it that the all-cross book
  // changes, so the all-cross book's is the same context pointed at it.
  const contexts = new Map(known.map((c) => [c.portfolio.rules, c]));
  const contextFor = (rules: 'generic-cex' | 'portfolio', of: Portfolio): BookContext => {
    let c = contexts.get(rules);
    if (!c) {
      c = makeContext({ ...portfolio, rules });
      contexts.set(rules, c);
    }
    return of === portfolio ? c : { ...c, portfolio: { ...of, rules } };
  };
  const allCross = portfolio.positions.every((p) => p.margin?.mode !== 'isolated');
  const reuse = (rules: 'generic-cex' | 'portfolio') => (allCross && portfolio.rules === rules ? asBooked : undefined);
  // With no isolated position the portfolio regime's book is the one the portfolio-margin stage compiled.
  const portfolioRegime = reuse('portfolio') ?? (allCross && portfolioBook ? { ...portfolioBook, jointFactor: undefined } : undefined);
  // Only the isolated positions are copied (as cross): the others are cross already.
  const pooled = allCross ? portfolio : { ...portfolio, positions: portfolio.positions.map((p): Position => (p.margin?.mode === 'isolated' ? { ...p, margin: { mode: 'cross' } } : p)) };
  const tiered = contextFor('generic-cex', portfolio);
  const cash = stableCash(tiered, floats);
  return {
    isolated: isolatedRegime(tiered, floats, cash),
    cross: pooledRegime(() => contextFor('generic-cex', pooled), floats, cash, reuse('generic-cex')),
    portfolio: pooledRegime(() => contextFor('portfolio', pooled), floats, cash, portfolioRegime),
  };
}
