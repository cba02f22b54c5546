import { createTheme } from '@mui/material/styles';

/** The app's MUI theme. */
export const theme = createTheme({
  palette: { mode: 'light', primary: { main: '#2d3a8c' } },
  typography: { h1: { fontSize: '1.25rem', fontWeight: 600 } },
});
