/** The header's actions: undo and redo, getting specs in and out, theme. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import { useStudio, useStudioApi } from '@/app/store/context';

export function UndoRedo() {
  const api = useStudioApi();
  const canUndo = useStudio((s) => s.past.length > 0 || s.textOrigin === 'typed-invalid');
  const canRedo = useStudio((s) => s.future.length > 0);
  return (
    <Box
      sx={{
        display: 'flex',
        gap: 0.5,
        '& .Mui-disabled': { color: 'inherit !important', opacity: 0.55 },
      }}
    >
      <Button
        color="inherit"
        size="small"
        disabled={!canUndo}
        onClick={() => api.getState().undo()}
        aria-keyshortcuts="Control+Z Meta+Z"
      >
        Undo
      </Button>
      <Button
        color="inherit"
        size="small"
        disabled={!canRedo}
        onClick={() => api.getState().redo()}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
      >
        Redo
      </Button>
    </Box>
  );
}

export function ThemeToggle() {
  const mode = useStudio((s) => s.themeMode);
  const api = useStudioApi();
  return (
    <Button
      color="inherit"
      size="small"
      aria-pressed={mode === 'dark'}
      onClick={() => api.getState().setThemeMode(mode === 'dark' ? 'light' : 'dark')}
    >
      Dark theme
    </Button>
  );
}

export const ToolbarDivider = () => (
  <Divider orientation="vertical" flexItem sx={{ borderColor: 'rgba(255,255,255,0.3)', mx: 0.5 }} />
);
