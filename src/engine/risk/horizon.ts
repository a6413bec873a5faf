/** Crypto trades every day: daily σ = annual σ ÷ √365, and a horizon of h days scales it by √h. */
export const TRADING_DAYS_PER_YEAR = 365;

export function horizonVolatility(annual: number, horizonDays: number): number {
  return annual * Math.sqrt(horizonDays / TRADING_DAYS_PER_YEAR);
}
