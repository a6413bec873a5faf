// How fast this machine runs right now, apart from the engine: these 2-core virtual machines share
// their host, and a busy neighbour slows every figure alike (the same code has run 1.6× slower from
// one minute to the next, with the load average at 1.5 and no steal time reported). A benchmark
// prints this beside its figures so that a slow run shows itself as the machine's, not the code's.

/** 32 MB, past any cache: a neighbour's load on memory shows in reads of it as in the engine's. */
const FAR = Float64Array.from({ length: 1 << 22 }, (_, i) => (i % 97) / 97);
const NEAR = Float64Array.from({ length: 4096 }, (_, i) => Math.sqrt(i + 1));

/**
 * A fixed workload like the sweeps' (a log, a division and a table read a step) with a read of
 * memory far apart every step, half a million steps: the median of five runs, in ms.
 */
export function referenceLoopMs(): number {
  const times: number[] = [];
  let sink = 0;
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    let x = 0.5;
    let at = 1;
    for (let i = 0; i < 500_000; i++) {
      at = (Math.imul(at, 1103515245) + 12345) & (FAR.length - 1);
      const y = Math.log(1 + x + FAR[at]!) / (1 + NEAR[i & 4095]!);
      x = y - Math.floor(y) + 0.25;
    }
    sink += x;
    times.push(performance.now() - t0);
  }
  if (!(sink > 0)) throw new Error('the reference loop computed nothing');
  return times.sort((a, b) => a - b)[2]!;
}
