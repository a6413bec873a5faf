import type { Browser, Page } from '@playwright/test';

// The page's main-thread tasks as Chromium's own trace records them, with the time each spent on
// the CPU beside its wall time. A long task's wall time on a shared 2-core machine is mostly the
// neighbours': with two other processes busy, a task of 50 ms of work takes 150 ms to finish. Its
// CPU time is what the app's code costs, whatever else the machine runs. (Trace category
// "toplevel" only: one event per task, no profiling.)

export interface MainThreadTask {
  /** ms from the task's start to its end. */
  wall: number;
  /** ms the main thread spent on the CPU in it. */
  cpu: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

const TASK = 'ThreadControllerImpl::RunTask';

function browserOf(page: Page): Browser {
  const browser = page.context().browser();
  if (!browser) throw new Error('main-thread trace: the page has no browser (a persistent context?)');
  return browser;
}

export async function startTaskTrace(page: Page): Promise<void> {
  await browserOf(page).startTracing(page, { categories: ['toplevel'] });
}

/** The renderer main thread's tasks longer than `overMs` (wall) since startTaskTrace, in order. */
export async function stopTaskTrace(page: Page, overMs: number): Promise<MainThreadTask[]> {
  const trace = JSON.parse((await browserOf(page).stopTracing()).toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return longTasks(Array.isArray(trace) ? trace : (trace.traceEvents ?? []), overMs);
}

/** Of the renderers' main threads, the one that ran the most: the page's (an idle blank renderer may be traced too). */
export function longTasks(events: readonly TraceEvent[], overMs: number): MainThreadTask[] {
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const busy = new Map<string, number>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.name === TASK && e.ph === 'X' && mainThreads.has(thread)) busy.set(thread, (busy.get(thread) ?? 0) + (e.dur ?? 0));
  }
  const page = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  return events
    .filter((e) => e.name === TASK && e.ph === 'X' && `${e.pid}:${e.tid}` === page && (e.dur ?? 0) > overMs * 1000)
    .sort((a, b) => a.ts - b.ts)
    .map((e) => ({ wall: Math.round((e.dur ?? 0) / 1000), cpu: Math.round((e.tdur ?? e.dur ?? 0) / 1000) }));
}
