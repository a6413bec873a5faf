import { useApp } from '../../state/app-store';
import type { Theme } from '../../state/view-slice';

const NEXT: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<Theme, string> = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' };

/** Cycles system → light → dark; "system" follows prefers-color-scheme. */
export function ThemeToggle() {
  const theme = useApp((s) => s.theme);
  const setTheme = useApp((s) => s.setTheme);
  return (
    <button type="button" className="button" onClick={() => setTheme(NEXT[theme])} aria-label={`${LABEL[theme]} (change)`}>
      {LABEL[theme]}
    </button>
  );
}
