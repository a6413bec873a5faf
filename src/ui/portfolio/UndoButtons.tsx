import { useApp } from '../../state/app-store';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

export function UndoButtons() {
  const canUndo = useApp((s) => s.past.length > 0);
  const canRedo = useApp((s) => s.future.length > 0);
  const undo = useApp((s) => s.undo);
  const redo = useApp((s) => s.redo);
  return (
    <>
      <button type="button" className="button" onClick={undo} disabled={!canUndo} title={`Undo (${mod}Z)`} aria-keyshortcuts="Control+Z Meta+Z">
        Undo
      </button>
      <button type="button" className="button" onClick={redo} disabled={!canRedo} title={`Redo (Shift+${mod}Z)`} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">
        Redo
      </button>
    </>
  );
}
