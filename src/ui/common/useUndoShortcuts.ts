import { useEffect } from 'react';
import { appStore } from '../../state/app-store';

/**
 * Ctrl/Cmd+Z undoes a portfolio edit and Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes it, everywhere on the
 * page, inputs included: every cell is the portfolio, so the portfolio's history is the one to use.
 */
export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z') {
        event.preventDefault();
        if (event.shiftKey) appStore.getState().redo();
        else appStore.getState().undo();
      } else if (key === 'y' && !event.shiftKey) {
        event.preventDefault();
        appStore.getState().redo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
