import { useApp } from '../../state/app-store';
import { useCommands } from '../common/commands-context';

/** Open one of the example portfolios (an undoable replacement of the current one). */
export function ExamplesMenu() {
  const examples = useApp((s) => s.examples);
  const commands = useCommands();
  if (examples.length === 0) return null;
  return (
    <label className="toolbar__item">
      <span className="visually-hidden">Open an example portfolio</span>
      <select
        className="select"
        value=""
        aria-label="Open an example portfolio"
        onChange={(e) => {
          const entry = examples.find((x) => x.file === e.target.value);
          if (entry) void commands.loadExample(entry);
        }}
      >
        <option value="" disabled>
          Examples…
        </option>
        {examples.map((x) => (
          <option key={x.file} value={x.file} title={x.description}>
            {x.name}
          </option>
        ))}
      </select>
    </label>
  );
}
