import { createTheme, type Theme } from '@mui/material/styles';
import type { ThemeMode } from './store/ui-slice';

/** The app's MUI theme in light or dark mode. */
export function themeFor(mode: ThemeMode): Theme {
  return createTheme({
    palette: {
      mode,
      primary: { main: mode === 'light' ? '#2d3a8c' : '#9fa8ff' },
      warning: { main: mode === 'light' ? '#a35200' : '#ffb74d' },
      // Darker than MUI's default so white chip text keeps 4.5:1 even mid-transition.
      success: { main: mode === 'light' ? '#1e6b24' : '#81c784' },
    },
    typography: { h1: { fontSize: '1.25rem', fontWeight: 600 } },
  });
}
