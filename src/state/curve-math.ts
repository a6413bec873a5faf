// Reading a health curve between its grid points; shared by the health chart and the top-up,
// which turns a distance target into a health factor from the same curve.

function clean(value: number | null | undefined): number | null {
  return value !== null && value !== undefined && Number.isFinite(value) ? value : null;
}

/** Linear interpolation of a curve at move x (fractions); null outside the grid or next to a gap. */
export function interpolateAt(moves: number[], values: (number | null)[], x: number): number | null {
  for (let i = 0; i < moves.length; i++) {
    const m = moves[i];
    if (m === undefined) return null;
    if (Math.abs(m - x) < 1e-12) return clean(values[i]);
    if (m > x) {
      if (i === 0) return null;
      const m0 = moves[i - 1];
      const v0 = clean(values[i - 1]);
      const v1 = clean(values[i]);
      if (m0 === undefined || v0 === null || v1 === null) return null;
      return v0 + ((v1 - v0) * (x - m0)) / (m - m0);
    }
  }
  return null;
}
