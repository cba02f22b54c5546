/** Two panes side by side with a draggable, keyboard-operable divider (a WAI-ARIA separator). */
import Box from '@mui/material/Box';
import { useCallback, useRef, useState, type ReactNode } from 'react';

const MIN = 25;
const MAX = 75;
const clamp = (n: number) => Math.min(MAX, Math.max(MIN, n));

export function SplitPane({
  left,
  right,
  label,
}: {
  left: ReactNode;
  right: ReactNode;
  label: string;
}) {
  const [percent, setPercent] = useState(55);
  const container = useRef<HTMLDivElement>(null);
  const onPointerDown = useCallback((e: React.PointerEvent<HTMLDivElement>) => {
    const el = container.current;
    if (!el) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const move = (ev: PointerEvent) => {
      const rect = el.getBoundingClientRect();
      setPercent(clamp(((ev.clientX - rect.left) / rect.width) * 100));
    };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  }, []);
  const onKeyDown = (e: React.KeyboardEvent) => {
    const step = e.shiftKey ? 10 : 2;
    if (e.key === 'ArrowLeft') setPercent((p) => clamp(p - step));
    else if (e.key === 'ArrowRight') setPercent((p) => clamp(p + step));
    else if (e.key === 'Home') setPercent(MIN);
    else if (e.key === 'End') setPercent(MAX);
    else return;
    e.preventDefault();
  };
  return (
    <Box ref={container} sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
      <Box sx={{ width: `${percent}%`, minWidth: 0, overflow: 'auto' }}>{left}</Box>
      <Box
        role="separator"
        aria-orientation="vertical"
        aria-label={label}
        aria-valuenow={Math.round(percent)}
        aria-valuemin={MIN}
        aria-valuemax={MAX}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onKeyDown={onKeyDown}
        sx={{
          width: 8,
          cursor: 'col-resize',
          flexShrink: 0,
          bgcolor: 'divider',
          '&:hover, &:focus-visible': { bgcolor: 'primary.main', outline: 'none' },
        }}
      />
      <Box sx={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>{right}</Box>
    </Box>
  );
}
