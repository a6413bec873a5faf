// The crowd's random numbers: uniforms on the 2^-53 grid and Box–Muller normals, on the engine's
// one seeded generator core (random/xoshiro.ts).
import { Xoshiro128 } from '../random/xoshiro';

/** A stream of random numbers; the same seed always yields the same stream. */
export interface Rng {
  /** Uniform on [0, 1), 53 bits. */
  uniform(): number;
  /** Standard normal (mean 0, standard deviation 1). */
  normal(): number;
  /** Starts the stream again from another seed (the crowd reuses one generator per trader). */
  reseed(seed: number): void;
}

export { xoshiro128StarStar } from '../random/xoshiro';

const TWO_POW_26 = 67108864;
const TWO_POW_53 = 9007199254740992;

export function createRng(seed: number): Rng {
  const bits = Xoshiro128.seeded(seed);
  // Box–Muller makes normals in pairs; the second is kept for the next call.
  let spare: number | null = null;
  const reseed = (value: number) => {
    bits.reseed(value);
    spare = null;
  };
  // 27 + 26 bits: every double in [0, 1) on the 2^-53 grid is equally likely.
  const uniform = () => ((bits.next() >>> 5) * TWO_POW_26 + (bits.next() >>> 6)) / TWO_POW_53;
  return {
    uniform,
    reseed,
    normal() {
      if (spare !== null) {
        const z = spare;
        spare = null;
        return z;
      }
      // 1 − u lies in (0, 1]: the logarithm never sees 0.
      const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
      const angle = 2 * Math.PI * uniform();
      spare = radius * Math.sin(angle);
      return radius * Math.cos(angle);
    },
  };
}
