import { describe, expect, it } from 'vitest';
import { clampStep, lessonHash, lessonRouteFromHash, stepAfter } from '../../src/ui/lessons/lesson-route';

describe('lesson addresses', () => {
  it('reads #/learn/<id>/<step>, the step counted from 1', () => {
    expect(lessonRouteFromHash('#/learn/haircuts/2')).toEqual({ lesson: 'haircuts', step: 2 });
    expect(lessonRouteFromHash('#/learn/haircuts')).toEqual({ lesson: 'haircuts', step: 1 });
    expect(lessonRouteFromHash('#/learn/haircuts/0')).toEqual({ lesson: 'haircuts', step: 1 });
  });

  it('the lesson list and anything not a lesson address is null', () => {
    for (const hash of ['#/learn', '#/learn/', '#/build', '#/learn/Haircuts/1', '#/learn/../x/1', '#/learn/a/b', '']) expect(lessonRouteFromHash(hash)).toBeNull();
  });

  it('round-trips with lessonHash, and a step is clamped into the lesson', () => {
    expect(lessonRouteFromHash(lessonHash('margin-call-spiral', 3))).toEqual({ lesson: 'margin-call-spiral', step: 3 });
    expect([clampStep(9, 2), clampStep(0, 2), clampStep(2, 2)]).toEqual([2, 1, 2]);
  });

  it('moves from the step the address names, so a second press before the page redraws moves on again', () => {
    // The page still shows step 1 while the address already says 2: Next goes to 3, Back to 1.
    expect(stepAfter('#/learn/haircuts/2', 'haircuts', 3, 1, 1)).toBe(3);
    expect(stepAfter('#/learn/haircuts/2', 'haircuts', 3, 1, -1)).toBe(1);
    // Past either end: nowhere. A step past the end in the address counts as the last one.
    expect(stepAfter('#/learn/haircuts/3', 'haircuts', 3, 3, 1)).toBeNull();
    expect(stepAfter('#/learn/haircuts/1', 'haircuts', 3, 1, -1)).toBeNull();
    expect(stepAfter('#/learn/haircuts/9', 'haircuts', 3, 3, -1)).toBe(2);
    // An address of another lesson (or none): the step shown.
    expect(stepAfter('#/learn/other/1', 'haircuts', 3, 2, 1)).toBe(3);
    expect(stepAfter('#/build', 'haircuts', 3, 2, 1)).toBe(3);
  });
});
