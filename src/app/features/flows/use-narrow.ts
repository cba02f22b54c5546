/** Whether an element is narrower than a width, following its size (a callback ref to attach). */
import { useCallback, useRef, useState } from 'react';

export function useNarrow<T extends HTMLElement>(below: number): [(el: T | null) => void, boolean] {
  const [narrow, setNarrow] = useState(false);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback(
    (el: T | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (!el || typeof ResizeObserver === 'undefined') return;
      observer.current = new ResizeObserver(([entry]) =>
        setNarrow((entry?.contentRect.width ?? below) < below),
      );
      observer.current.observe(el);
    },
    [below],
  );
  return [ref, narrow];
}
