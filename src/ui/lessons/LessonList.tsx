import { useEffect, useState } from 'react';
import { fetchRelativeJson } from '../../state/examples';
import { loadLessonIndex } from '../../state/lessons/lesson-browser';
import type { LessonIndexEntry } from '../../state/lessons/lesson-schema';
import { Section } from '../common/Section';
import { lessonHash } from './lesson-route';

type Listing = { status: 'loading' } | { status: 'ready'; lessons: LessonIndexEntry[] } | { status: 'failed'; message: string };

/** The lessons, one per concept, each a link to its first step. */
export function LessonList() {
  const [listing, setListing] = useState<Listing>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadLessonIndex(fetchRelativeJson).then(
      (lessons) => live && setListing({ status: 'ready', lessons }),
      (error: unknown) => live && setListing({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => { live = false; };
  }, []);
  return (
    <Section title="Lessons" testId="lessons">
      <p className="muted small">
        One concept each, a few steps on a live book or crowd: change the one thing the step names and the engine answers the question again. Arrow keys or the
        buttons move between steps; presenter mode is for a projector.
      </p>
      {listing.status === 'loading' ? <p className="muted">Loading the lessons…</p> : null}
      {listing.status === 'failed' ? <p role="alert" className="lesson-problem">The lessons could not be loaded: {listing.message}</p> : null}
      {listing.status === 'ready' ? (
        <ol className="lesson-index">
          {listing.lessons.map((lesson) => (
            <li key={lesson.id} className="lesson-index__item" data-testid="lesson-entry">
              <a href={lessonHash(lesson.id, 1)} className="lesson-index__link">{lesson.title}</a>
              <span className="lesson-index__concept muted small">{lesson.concept}</span>
              <p className="small">{lesson.summary}</p>
            </li>
          ))}
        </ol>
      ) : null}
    </Section>
  );
}
