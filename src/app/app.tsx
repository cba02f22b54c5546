import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { ModeChip } from '@/app/mode-chip';

/** The application shell: header with the server mode, and the main area. */
export function App() {
  return (
    <>
      <AppBar position="static" color="primary">
        <Toolbar sx={{ gap: 2 }}>
          <Typography variant="h1" component="h1" sx={{ flexGrow: 1 }}>
            IDV Session Studio
          </Typography>
          <Box
            role="status"
            aria-label="Server mode"
            sx={{ bgcolor: 'background.paper', borderRadius: 4 }}
          >
            <ModeChip />
          </Box>
        </Toolbar>
      </AppBar>
      <Container component="main" maxWidth="md" sx={{ py: 4 }}>
        <Typography variant="body1">
          Build a Yoti Identity Verification session spec, check it, and try it against Yoti or the
          built-in local sandbox. The visual builder is on its way.
        </Typography>
      </Container>
    </>
  );
}
