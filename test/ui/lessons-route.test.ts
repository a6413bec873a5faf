import { describe, expect, it } from 'vitest';
import { clampStep, lessonHash, lessonRouteFromHash } from '../../src/ui/lessons/lesson-route';

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
});
