import { useEffect, useRef, useState } from 'react';
import { lessonEngines } from '../../state/lessons/lesson-browser';
import { runStep, type StepOutcome } from '../../state/lessons/lesson-runner';
import type { LessonStep } from '../../state/lessons/lesson-schema';

export type LiveAnswer = { status: 'running' } | StepOutcome;

/** A point the class has tried: the control's position and the answer there. */
export interface TriedPoint { position: number; value: number }

interface Finished { source: Record<string, unknown>; position: number; outcome: StepOutcome }

/**
 * The step's answer for the control's position, run again whenever it changes; a newer run wins, and
 * what each finished run gave is kept (the chart of answers tried). One hook per step: the player
 * mounts a fresh one for every step.
 */
export function useLiveAnswer(step: LessonStep, source: Record<string, unknown> | null, position: number, delayMs: number): { answer: LiveAnswer; tried: TriedPoint[] } {
  const [finished, setFinished] = useState<Finished | null>(null);
  const [tried, setTried] = useState<TriedPoint[]>([]);
  const latest = useRef(0);
  useEffect(() => {
    if (!source) return undefined;
    const id = (latest.current += 1);
    // Run once the control rests for `delayMs`, not at every pixel of a drag.
    const timer = setTimeout(() => {
      void runStep(lessonEngines(), step, source, position).then((outcome) => {
        if (id !== latest.current || outcome.status === 'superseded') return;
        setFinished({ source, position, outcome });
        if (outcome.status === 'answered' && outcome.answer.ok) {
          const value = outcome.answer.value;
          setTried((points) => [...points.filter((p) => p.position !== position), { position, value }].sort((a, b) => a.position - b.position));
        }
      });
    }, delayMs);
    return () => clearTimeout(timer);
  }, [step, source, position, delayMs]);
  // The answer shown is the one for what is on screen now; until it arrives, the step is computing.
  const current = finished && finished.source === source && finished.position === position ? finished.outcome : null;
  return { answer: current ?? { status: 'running' }, tried };
}
