import { createTheme, type Theme } from '@mui/material/styles';
import type { ThemeMode } from './store/ui-slice';

/** The app's MUI theme in light or dark mode. */
export function themeFor(mode: ThemeMode): Theme {
  return createTheme({
    palette: {
      mode,
      primary: { main: mode === 'light' ? '#2d3a8c' : '#9fa8ff' },
      warning: { main: mode === 'light' ? '#a35200' : '#ffb74d' },
    },
    typography: { h1: { fontSize: '1.25rem', fontWeight: 600 } },
  });
}
