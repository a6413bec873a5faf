import { useEffect } from 'react';
import { useApp } from '../../state/app-store';

/** Put the chosen theme on <html data-theme>; "system" leaves it to prefers-color-scheme. */
export function useThemeAttribute(): void {
  const theme = useApp((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
