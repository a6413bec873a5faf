import { describe, expect, it } from 'vitest';
import { describeTasks, longTasks } from '../../e2e/main-thread-trace';

// The browser tests' long-task bound is asserted on the CPU time Chromium's trace gives each task:
// the reading of that trace is checked here, on a trace written by hand.

const thread = (pid: number, tid: number, name: string) => ({ name: 'thread_name', ph: 'M', ts: 0, pid, tid, args: { name } });
const task = (pid: number, tid: number, ts: number, wallMs: number, cpuMs: number) => ({ name: 'ThreadControllerImpl::RunTask', ph: 'X', ts, pid, tid, dur: wallMs * 1000, tdur: cpuMs * 1000 });
const work = (pid: number, tid: number, name: string, ts: number, wallMs: number, data?: { type?: string; functionName?: string }) => ({ name, ph: 'X', ts, pid, tid, dur: wallMs * 1000, ...(data ? { args: { data } } : {}) });

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
      task(2, 7, 500_000, 120, 110),
      task(2, 7, 100_000, 80, 30),
      task(2, 7, 700_000, 20, 20),
    ];
    expect(longTasks(events, 50)).toEqual([
      { wall: 80, cpu: 30, parts: [] },
      { wall: 120, cpu: 110, parts: [] },
    ]);
  });

  it('says what each long task was made of: the events directly under it, summed by kind, longest first', () => {
    const events = [
      thread(2, 7, 'CrRendererMain'),
      task(2, 7, 1_000_000, 120, 110),
      // A message handler (60 ms) with a nested call that is not counted again; two layouts
      // (20 + 15); a major GC (5); a paint under 1 ms left out; one event on another thread.
      work(2, 7, 'FunctionCall', 1_000_000, 60, { functionName: 'onmessage' }),
      work(2, 7, 'FunctionCall', 1_010_000, 30, { functionName: 'render' }),
      work(2, 7, 'Layout', 1_060_000, 20),
      work(2, 7, 'Layout', 1_080_000, 15),
      work(2, 7, 'MajorGC', 1_095_000, 5),
      work(2, 7, 'Paint', 1_100_000, 0.5),
      work(2, 8, 'FunctionCall', 1_000_000, 100),
      // After the task: not its part.
      work(2, 7, 'Layout', 1_200_000, 40),
    ];
    const tasks = longTasks(events, 50);
    expect(tasks).toEqual([{ wall: 120, cpu: 110, parts: ['FunctionCall(onmessage) 60', 'Layout 35', 'MajorGC 5'] }]);
    expect(describeTasks(tasks)).toBe('110 ms CPU (FunctionCall(onmessage) 60, Layout 35, MajorGC 5)');
  });

  it('falls back to wall time where a task has no thread time, and finds nothing in an empty trace', () => {
    const { tdur: _, ...noThreadTime } = task(2, 7, 100, 90, 0);
    expect(longTasks([thread(2, 7, 'CrRendererMain'), noThreadTime], 50)).toEqual([{ wall: 90, cpu: 90, parts: [] }]);
    expect(longTasks([], 50)).toEqual([]);
    expect(describeTasks([])).toBe('');
  });
});
