// How fast this machine runs right now, apart from the engine: these 2-core virtual machines share
// their host, and a busy neighbour slows every figure alike (the same code has run 1.6× slower from
// one minute to the next, with the load average at 1.5 and no steal time reported). A benchmark
// prints this beside its figures so that a slow run shows itself as the machine's, not the code's.

/** A fixed workload like the sweeps' (logs, divisions, a table read per step) of half a million steps, timed: the median of five runs, in ms. */
export function referenceLoopMs(): number {
  const table = Float64Array.from({ length: 4096 }, (_, i) => Math.sqrt(i + 1));
  const times: number[] = [];
  let sink = 0;
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    let x = 0.5;
    for (let i = 0; i < 500_000; i++) {
      const y = Math.log(1 + x) / (1 + table[i & 4095]!);
      x = y - Math.floor(y) + 0.25;
    }
    sink += x;
    times.push(performance.now() - t0);
  }
  if (!(sink > 0)) throw new Error('the reference loop computed nothing');
  return times.sort((a, b) => a - b)[2]!;
}
