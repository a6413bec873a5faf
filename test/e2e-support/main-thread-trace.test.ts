import { describe, expect, it } from 'vitest';
import { longTasks } from '../../e2e/main-thread-trace';

// The browser tests' long-task bound is asserted on the CPU time Chromium's trace gives each task:
// the reading of that trace is checked here, on a trace written by hand.

const thread = (pid: number, tid: number, name: string) => ({ name: 'thread_name', ph: 'M', ts: 0, pid, tid, args: { name } });
const task = (pid: number, tid: number, ts: number, wallMs: number, cpuMs: number) => ({ name: 'ThreadControllerImpl::RunTask', ph: 'X', ts, pid, tid, dur: wallMs * 1000, tdur: cpuMs * 1000 });

describe('the main thread’s long tasks in a Chromium trace', () => {
  it('takes the busiest renderer main thread, tasks over the threshold in order, with wall and CPU time', () => {
    const events = [
      thread(1, 1, 'CrBrowserMain'),
      thread(2, 7, 'CrRendererMain'),
      thread(3, 9, 'CrRendererMain'),
      thread(2, 8, 'DedicatedWorker thread'),
      // The browser process and the engine's worker: never the page's tasks, however long.
      task(1, 1, 10, 400, 390),
      task(2, 8, 20, 300, 300),
      // An idle renderer (about:blank) with one long task.
      task(3, 9, 30, 70, 60),
      // The page: 80 ms of wall, 30 of CPU; 120 and 110; a short one left out.
      task(2, 7, 500, 120, 110),
      task(2, 7, 100, 80, 30),
      task(2, 7, 700, 20, 20),
    ];
    expect(longTasks(events, 50)).toEqual([
      { wall: 80, cpu: 30 },
      { wall: 120, cpu: 110 },
    ]);
  });

  it('falls back to wall time where a task has no thread time, and finds nothing in an empty trace', () => {
    const { tdur: _, ...noThreadTime } = task(2, 7, 100, 90, 0);
    expect(longTasks([thread(2, 7, 'CrRendererMain'), noThreadTime], 50)).toEqual([{ wall: 90, cpu: 90 }]);
    expect(longTasks([], 50)).toEqual([]);
  });
});
