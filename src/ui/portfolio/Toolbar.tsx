import { ThemeToggle } from '../common/ThemeToggle';
import { ExamplesMenu } from './ExamplesMenu';
import { FileButtons } from './FileButtons';
import { ShareButton } from './ShareButton';
import { UndoButtons } from './UndoButtons';

export function Toolbar() {
  return (
    <div className="toolbar" role="group" aria-label="Portfolio actions">
      <ExamplesMenu />
      <FileButtons />
      <ShareButton />
      <UndoButtons />
      <ThemeToggle />
    </div>
  );
}
