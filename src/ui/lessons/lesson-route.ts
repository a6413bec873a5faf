// `#/learn/<lesson>/<step>`: steps count from 1 in the address, as a class counts them. A missing or
// unreadable step is the first; a step past the end is the last (the player says so).

export interface LessonRoute {
  lesson: string;
  /** 1-based, as written; the player clamps it to the lesson's steps. */
  step: number;
}

/** The lesson and step an address names, or null for the lesson list (`#/learn`). */
export function lessonRouteFromHash(hash: string): LessonRoute | null {
  const match = /^#\/learn\/([a-z0-9-]{1,60})(?:\/(\d{1,3}))?\/?$/.exec(hash);
  if (!match) return null;
  const step = match[2] === undefined ? 1 : Number(match[2]);
  return { lesson: match[1]!, step: Math.max(1, step) };
}

export const lessonHash = (lesson: string, step: number): string => `#/learn/${lesson}/${step}`;

/** Clamp a 1-based step into a lesson of `count` steps. */
export const clampStep = (step: number, count: number): number => Math.min(Math.max(1, Math.floor(step)), Math.max(1, count));

/**
 * The step `by` steps from the one the address names now, or null past either end. The address,
 * not the step last drawn: two quick presses (or clicks) move two steps even when the second comes
 * before the page has drawn the first. `shown` serves when the address names another lesson.
 */
export function stepAfter(hash: string, lesson: string, count: number, shown: number, by: number): number | null {
  const route = lessonRouteFromHash(hash);
  const step = (route && route.lesson === lesson ? clampStep(route.step, count) : shown) + by;
  return step >= 1 && step <= count ? step : null;
}
