// The example books with what each one shows, and a button that opens the book in Build (one
// undoable replacement of the current book): the free play beside the guided lessons.
import { useApp } from '../../state/app-store';
import { useCommands } from '../common/commands-context';
import { Section } from '../common/Section';
import { goToView } from '../views/useRoute';

export function ExampleList() {
  const examples = useApp((s) => s.examples);
  const commands = useCommands();
  return (
    <Section title="Learn from the examples" testId="learn">
      <p className="muted small">
        Each example is a book built to show one idea. Open it in Build, then move prices in What if and watch the margin ratio (a lending pool’s health factor) and the liquidation prices.
        Opening one replaces your book; Undo brings yours back.
      </p>
      {examples.length === 0 ? <p className="muted">The examples could not be loaded.</p> : null}
      <ul className="lesson-list">
        {examples.map((entry) => (
          <li key={entry.file} className="lesson-card" data-testid="lesson">
            <h3>{entry.name}</h3>
            <p>{entry.description}</p>
            <button
              type="button"
              className="button button--primary"
              onClick={async () => {
                await commands.loadExample(entry);
                goToView('build');
              }}
            >
              Open “{entry.name}” in Build
            </button>
          </li>
        ))}
      </ul>
    </Section>
  );
}
