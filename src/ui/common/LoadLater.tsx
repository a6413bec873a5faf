import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Renders `children` once the page has settled or the reader scrolls near them, whichever comes
 * first: heavy panels (risk, cascades) then stay out of what the first page load must fetch.
 */
export function LoadLater({ children, label, afterMs = 4000 }: { children: ReactNode; label: string; afterMs?: number }) {
  const [ready, setReady] = useState(false);
  const anchor = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ready) return undefined;
    const timer = setTimeout(() => setReady(true), afterMs);
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setReady(true);
    }, { rootMargin: '200px' });
    if (anchor.current) observer.observe(anchor.current);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [ready, afterMs]);
  return ready ? <>{children}</> : <div ref={anchor} className="muted">{label}</div>;
}
