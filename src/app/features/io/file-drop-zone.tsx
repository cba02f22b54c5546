import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useFileDrop } from './use-file-drop';

/** The overlay shown while a file is dragged over the window. */
export function FileDropOverlay({ open }: { open: boolean }) {
  if (!open) return null;
  return (
    <Box
      sx={{
        position: 'fixed',
        inset: 0,
        zIndex: 'modal',
        display: 'grid',
        placeItems: 'center',
        pointerEvents: 'none',
        bgcolor: 'rgba(0, 0, 0, 0.5)',
      }}
    >
      <Box
        sx={{
          p: 4,
          borderRadius: 2,
          border: 3,
          borderStyle: 'dashed',
          borderColor: 'primary.main',
          bgcolor: 'background.paper',
        }}
      >
        <Typography variant="h6" component="p">
          Drop a session spec JSON file to import
        </Typography>
      </Box>
    </Box>
  );
}

/** Handles file drops on the whole window and shows the overlay; `onText` gets each file's text. */
export function FileDropZone({ onText }: { onText: (text: string, fileName: string) => void }) {
  const { dragging } = useFileDrop(onText);
  return <FileDropOverlay open={dragging} />;
}
