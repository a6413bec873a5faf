import { useEffect, useState } from 'react';
import { fetchRelativeJson } from '../../state/examples';
import { loadLesson } from '../../state/lessons/lesson-browser';
import type { Lesson } from '../../state/lessons/lesson-schema';
import { clampStep, type LessonRoute } from './lesson-route';
import { LessonStepView } from './LessonStepView';

type Loaded = { status: 'loading'; id: string } | { status: 'ready'; id: string; lesson: Lesson } | { status: 'failed'; id: string; message: string };

/** One lesson: loads its file, then shows the step the address names; presenter mode lasts across steps. */
export function LessonPlayer({ route }: { route: LessonRoute }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading', id: route.lesson });
  const [presenter, setPresenter] = useState(false);
  useEffect(() => {
    let live = true;
    loadLesson(fetchRelativeJson, route.lesson).then(
      (lesson) => live && setLoaded({ status: 'ready', id: route.lesson, lesson }),
      (error: unknown) => live && setLoaded({ status: 'failed', id: route.lesson, message: error instanceof Error ? error.message : String(error) }),
    );
    return () => { live = false; };
  }, [route.lesson]);

  if (loaded.status === 'failed') {
    return (
      <section className="panel lesson-player" data-testid="lesson-player">
        <h2>Lesson not found</h2>
        <p role="alert" className="lesson-problem">The lesson “{route.lesson}” could not be opened: {loaded.message}</p>
        <p><a href="#/learn">All lessons</a></p>
      </section>
    );
  }
  if (loaded.status === 'loading' || loaded.id !== route.lesson) return <p className="muted">Loading the lesson…</p>;
  const { lesson } = loaded;
  const step = clampStep(route.step, lesson.steps.length);
  return (
    <LessonStepView
      key={`${lesson.id}/${step}`}
      lesson={lesson}
      stepNumber={step}
      askedFor={route.step}
      presenter={presenter}
      onPresenter={setPresenter}
    />
  );
}
