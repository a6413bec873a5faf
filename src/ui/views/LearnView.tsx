// Learn: the lessons (`#/learn`), a lesson's step (`#/learn/<id>/<step>`), and the example books
// to open in Build. Everything here, the lesson schema and its workers included, loads with this view.
import { ExampleList } from '../lessons/ExampleList';
import { LessonList } from '../lessons/LessonList';
import { LessonPlayer } from '../lessons/LessonPlayer';
import { lessonRouteFromHash } from '../lessons/lesson-route';
import { useHash } from '../lessons/useLessonRoute';
import '../lessons/lessons.css';

export default function LearnView() {
  const route = lessonRouteFromHash(useHash());
  if (route) return <LessonPlayer route={route} />;
  return (
    <>
      <LessonList />
      <ExampleList />
    </>
  );
}
