import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Once the page shows its content, brings the element the address points at
 * (#comment-…, #action-…) into view and moves focus there, so a link from the
 * search results lands on the comment itself, for keyboard and screen reader too.
 */
export function useScrollToHash(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const frame = requestAnimationFrame(() => {
      const target = document.getElementById(decodeURIComponent(hash.slice(1)));
      if (!target) return;
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [ready, hash]);
}
