import type { FieldError } from '../report-types';

export type CorrelationMatrix = { assets: string[]; matrix: number[][] };

function pairKey(a: string, b: string): string {
  return `${a}/${b}`;
}

/** Correlation of two assets from the file's pairs ("A/B" or "B/A"), else the default. */
export function lookupCorrelation(correlations: Readonly<Record<string, number>>, a: string, b: string, fallback: DefaultCorrelation): number {
  if (a === b) return 1;
  return correlations[pairKey(a, b)] ?? correlations[pairKey(b, a)] ?? fallback(a, b);
}

/** The correlation of a pair the file does not give. */
export type DefaultCorrelation = (a: string, b: string) => number;

/**
 * Every pair as lookupCorrelation gives it, without its two key strings per pair (5,000 strings,
 * 0.4 MB, for 50 assets at every parse): the default everywhere, then the file's pairs written over
 * it, the reversed ones first so that "A/B" wins over "B/A" in A's row, as the lookup has it.
 */
export function buildCorrelationMatrix(assets: string[], correlations: Readonly<Record<string, number>>, fallback: DefaultCorrelation): CorrelationMatrix {
  const matrix = assets.map((a) => assets.map((b) => (a === b ? 1 : fallback(a, b))));
  const index = new Map(assets.map((a, i) => [a, i]));
  const pairs: [number, number, number][] = [];
  for (const [key, value] of Object.entries(correlations)) {
    const [a, b, extra] = key.split('/');
    const i = index.get(a!), j = b === undefined ? undefined : index.get(b);
    if (extra === undefined && i !== undefined && j !== undefined && i !== j) pairs.push([i, j, value]);
  }
  for (const [i, j, value] of pairs) matrix[j]![i] = value;
  for (const [i, j, value] of pairs) matrix[i]![j] = value;
  return { assets, matrix };
}

/**
 * Cholesky factor L (lower triangular) of a positive semi-definite matrix, or the first row at
 * which it fails. A pivot within -1e-10 of zero counts as zero: a singular matrix (ρ = 1) is valid.
 */
export function cholesky(matrix: number[][]): { ok: true; lower: number[][] } | { ok: false; row: number } {
  const n = matrix.length;
  const lower = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = matrix[i]![j]!;
      for (let k = 0; k < j; k++) s -= lower[i]![k]! * lower[j]![k]!;
      if (i === j) {
        if (s < -1e-10) return { ok: false, row: i };
        lower[i]![i] = Math.sqrt(Math.max(s, 0));
      } else {
        const pivot = lower[j]![j]!;
        // A zero pivot (perfect correlation) leaves this row's column undetermined: 0 is consistent only when s is 0.
        if (pivot === 0) {
          if (Math.abs(s) > 1e-8) return { ok: false, row: i };
          lower[i]![j] = 0;
        } else lower[i]![j] = s / pivot;
      }
    }
  }
  return { ok: true, lower };
}

/** Checks the file's correlation pairs; names the pair that makes the matrix invalid. */
export function checkCorrelations(assets: string[], correlations: Readonly<Record<string, number>>, fallback: DefaultCorrelation): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Map<string, string>();
  for (const key of Object.keys(correlations)) {
    const parts = key.split('/');
    const path = `correlations[${JSON.stringify(key)}]`;
    if (parts.length !== 2 || !parts[0] || !parts[1]) {
      errors.push({ path, message: 'must name a pair of assets as "A/B"' });
      continue;
    }
    const [a, b] = parts as [string, string];
    if (a === b) errors.push({ path, message: 'must name two different assets' });
    for (const s of [a, b]) if (!assets.includes(s)) errors.push({ path, message: `names the unknown asset "${s}": add it to assets` });
    const canonical = [a, b].sort().join('/');
    const other = seen.get(canonical);
    if (other !== undefined && correlations[other] !== correlations[key]) errors.push({ path, message: `contradicts "${other}"` });
    seen.set(canonical, key);
  }
  if (errors.length > 0) return errors;
  const { matrix } = buildCorrelationMatrix(assets, correlations, fallback);
  const result = cholesky(matrix);
  if (result.ok) return [];
  // The matrix of the first `row` assets was valid; a pair of the failing asset with an earlier one breaks it.
  const failing = assets[result.row]!;
  const culprits = assets.slice(0, result.row).flatMap((other) => {
    const key = [pairKey(failing, other), pairKey(other, failing)].find((k) => k in correlations);
    return key === undefined ? [] : [key];
  });
  const named = culprits.length > 0 ? culprits[culprits.length - 1]! : pairKey(assets[0]!, failing);
  return [{
    path: `correlations[${JSON.stringify(named)}]`,
    message: `makes the correlation matrix impossible (not positive semi-definite) together with the pairs of ${failing} before it: lower it or change the others`,
  }];
}
