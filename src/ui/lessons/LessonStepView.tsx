import { useEffect, useState } from 'react';
import { fetchRelativeJson } from '../../state/examples';
import { loadStepSource, openStepBookInBuild } from '../../state/lessons/lesson-browser';
import type { Lesson } from '../../state/lessons/lesson-schema';
import { goToView } from '../views/useRoute';
import { AnswerChart } from './AnswerChart';
import { LessonControl } from './LessonControl';
import { lessonHash, stepAfter } from './lesson-route';
import { useLiveAnswer, type LiveAnswer } from './useLiveAnswer';

type Source = { status: 'loading' } | { status: 'ready'; document: Record<string, unknown> } | { status: 'failed'; message: string };

/** `by` steps on from the step the address names (lesson-route.ts stepAfter), the one drawn (`shown`) failing that. */
const goToStep = (lesson: Lesson, shown: number, by: number) => {
  const step = stepAfter(window.location.hash, lesson.id, lesson.steps.length, shown, by);
  if (step !== null) window.location.hash = lessonHash(lesson.id, step);
};

/** Arrow keys move between steps, except where an arrow already means something (a slider, a field, a choice). */
function useStepKeys(lesson: Lesson, stepNumber: number, onEscape: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.key === 'Escape') {
        onEscape();
        return;
      }
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, select, textarea, [contenteditable="true"]')) return;
      if (event.key === 'ArrowRight') goToStep(lesson, stepNumber, 1);
      else if (event.key === 'ArrowLeft') goToStep(lesson, stepNumber, -1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lesson, stepNumber, onEscape]);
}

function AnswerText({ answer }: { answer: LiveAnswer }) {
  if (answer.status === 'running') return <span className="lesson-answer__value lesson-answer__value--running">Computing…</span>;
  if (answer.status === 'superseded') return <span className="lesson-answer__value lesson-answer__value--running">Computing…</span>;
  if (answer.status === 'problem') {
    return (
      <span role="alert" className="lesson-problem">
        The engine could not answer for this setting: {answer.problems.slice(0, 3).join('; ')}
      </span>
    );
  }
  if (!answer.answer.ok) return <span className="lesson-answer__value lesson-answer__value--none">None: {answer.answer.message}</span>;
  return <span className="lesson-answer__value" data-testid="lesson-answer-value">{answer.answer.text}</span>;
}

interface Props {
  lesson: Lesson;
  stepNumber: number;
  askedFor: number;
  presenter: boolean;
  onPresenter: (on: boolean) => void;
}

export function LessonStepView({ lesson, stepNumber, askedFor, presenter, onPresenter }: Props) {
  const step = lesson.steps[stepNumber - 1]!;
  const [source, setSource] = useState<Source>({ status: 'loading' });
  const [position, setPosition] = useState(step.change.value);
  // A cascade takes a good part of a second: it runs once the slider rests a little longer.
  const { answer, tried } = useLiveAnswer(step, source.status === 'ready' ? source.document : null, position, step.runs === 'evaluate' ? 60 : 250);
  useStepKeys(lesson, stepNumber, () => onPresenter(false));

  useEffect(() => {
    let live = true;
    loadStepSource(fetchRelativeJson, step).then(
      (document) => live && setSource({ status: 'ready', document }),
      (error: unknown) => live && setSource({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => { live = false; };
  }, [step]);

  const count = lesson.steps.length;
  const sourceName = 'example' in step.source ? step.source.example : 'a book in the lesson';
  return (
    <section className={`panel lesson-player${presenter ? ' lesson-player--presenter' : ''}`} aria-labelledby="lesson-step-title" data-testid="lesson-player">
      <header className="lesson-player__header">
        <p className="lesson-player__where muted small">
          <a href="#/learn">Lessons</a> · {lesson.concept} · step <span data-testid="lesson-step-number">{stepNumber}</span> of {count}
        </p>
        <h2 className="lesson-player__lesson">{lesson.title}</h2>
        <div className="lesson-player__actions">
          <button type="button" className="button button--quiet" aria-pressed={presenter} onClick={() => onPresenter(!presenter)}>
            {presenter ? 'Leave presenter mode' : 'Presenter mode'}
          </button>
          {step.runs !== 'cascade' ? (
            <button
              type="button"
              className="button"
              disabled={source.status !== 'ready'}
              onClick={() => {
                if (source.status !== 'ready') return;
                openStepBookInBuild(step, source.document, position, lesson.title);
                goToView('build');
              }}
            >
              Open this book in Build
            </button>
          ) : (
            <a className="button" href="#/cascades">Open the Cascades view</a>
          )}
        </div>
      </header>
      {askedFor > count ? <p className="muted small" role="status">This lesson has {count} steps; here is the last.</p> : null}

      <h3 id="lesson-step-title" className="lesson-step__title">{step.title}</h3>
      <p className="lesson-step__text">{step.text}</p>
      <p className="muted small lesson-step__source">Runs on {sourceName}{step.runs === 'cascade' ? ' (a liquidation cascade)' : step.runs === 'risk' ? ' (risk statistics)' : ''}.</p>

      <LessonControl change={step.change} position={position} onChange={setPosition} />

      <div className="lesson-answer" data-testid="lesson-answer" aria-live="polite">
        <p className="lesson-answer__question">{step.question.text}</p>
        {source.status === 'failed' ? <p role="alert" className="lesson-problem">The book of this step could not be loaded: {source.message}</p> : <AnswerText answer={answer} />}
        {step.question.explains ? <p className="muted small lesson-answer__explains">{step.question.explains} Computed live by the engine: change the book and it changes.</p> : null}
      </div>

      <AnswerChart change={step.change} points={tried} current={position} format={step.question.format} question={step.question.text} />

      <nav className="lesson-nav" aria-label="Steps">
        <button type="button" className="button" disabled={stepNumber <= 1} onClick={() => goToStep(lesson, stepNumber, -1)}>
          ← Back
        </button>
        <span className="muted small lesson-nav__hint">← → keys move between steps</span>
        {stepNumber < count ? (
          <button type="button" className="button button--primary" onClick={() => goToStep(lesson, stepNumber, 1)}>
            Next →
          </button>
        ) : (
          <a className="button button--primary" href="#/learn">All lessons</a>
        )}
      </nav>
    </section>
  );
}
