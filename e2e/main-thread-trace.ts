import type { Browser, Page } from '@playwright/test';

// The page's main-thread tasks as Chromium's own trace records them, with the time each spent on
// the CPU beside its wall time. A long task's wall time on a shared 2-core machine is mostly the
// neighbours': with two other processes busy, a task of 50 ms of work takes 150 ms to finish. Its
// CPU time is what the app's code costs, whatever else the machine runs. Each long task also says
// what it was made of (script, style, layout, paint, garbage collection: the timeline events just
// under it), so a test that fails on one says why, not only how long.

export interface MainThreadTask {
  /** ms from the task's start to its end. */
  wall: number;
  /** ms the main thread spent on the CPU in it. */
  cpu: number;
  /** The work just under the task, longest first, as "name ms" (e.g. "FunctionCall 80"). */
  parts: string[];
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { type?: string; functionName?: string } };
}

const TASK = 'ThreadControllerImpl::RunTask';

function browserOf(page: Page): Browser {
  const browser = page.context().browser();
  if (!browser) throw new Error('main-thread trace: the page has no browser (a persistent context?)');
  return browser;
}

export async function startTaskTrace(page: Page): Promise<void> {
  // "toplevel": one event per task; "devtools.timeline": the script, style, layout, paint and GC
  // events a DevTools recording shows, no sampling profiler.
  await browserOf(page).startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
}

/** The renderer main thread's tasks longer than `overMs` (wall) since startTaskTrace, in order. */
export async function stopTaskTrace(page: Page, overMs: number): Promise<MainThreadTask[]> {
  const trace = JSON.parse((await browserOf(page).stopTracing()).toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return longTasks(Array.isArray(trace) ? trace : (trace.traceEvents ?? []), overMs);
}

/** An event's name with the detail that tells one kind from another (which event, which function). */
function label(e: TraceEvent): string {
  const detail = e.args?.data?.type ?? e.args?.data?.functionName;
  return detail ? `${e.name}(${detail})` : e.name;
}

/** The events directly under a task (not inside another of them), summed by label, longest first. */
function partsOf(task: TraceEvent, threadEvents: readonly TraceEvent[]): string[] {
  const end = task.ts + (task.dur ?? 0);
  const inside = threadEvents.filter((e) => e !== task && e.ph === 'X' && e.name !== TASK && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
  const byLabel = new Map<string, number>();
  let coveredUntil = -Infinity;
  // Sorted by start, the longest first among equal starts: an event that starts before the last
  // kept one ends is inside it.
  for (const e of [...inside].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    if (e.ts < coveredUntil) continue;
    coveredUntil = e.ts + (e.dur ?? 0);
    byLabel.set(label(e), (byLabel.get(label(e)) ?? 0) + (e.dur ?? 0));
  }
  return [...byLabel]
    .sort((a, b) => b[1] - a[1])
    .filter(([, dur]) => dur >= 1000)
    .map(([name, dur]) => `${name} ${Math.round(dur / 1000)}`);
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
  const onPage = events.filter((e) => `${e.pid}:${e.tid}` === page);
  return onPage
    .filter((e) => e.name === TASK && e.ph === 'X' && (e.dur ?? 0) > overMs * 1000)
    .sort((a, b) => a.ts - b.ts)
    .map((e) => ({ wall: Math.round((e.dur ?? 0) / 1000), cpu: Math.round((e.tdur ?? e.dur ?? 0) / 1000), parts: partsOf(e, onPage) }));
}

/** Tasks for a message: "120 ms CPU (FunctionCall 80, Layout 30)". */
export function describeTasks(tasks: readonly MainThreadTask[]): string {
  return tasks.map((t) => `${t.cpu} ms CPU${t.parts.length > 0 ? ` (${t.parts.slice(0, 4).join(', ')})` : ''}`).join('; ');
}
