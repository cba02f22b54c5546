import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import Box from '@mui/material/Box';
import { useId, useState } from 'react';
import type { ButtonProps } from '@mui/material/Button';
import { useStudioApi } from '@/app/store/context';
import { summarizeSpec } from './summary';
import { TEMPLATES, type Template } from './templates';

export interface TemplateGalleryProps {
  open: boolean;
  onClose: () => void;
}

/** "Templates": a grid of starting points; choosing one replaces the spec (one undo step). */
export function TemplateGallery({ open, onClose }: TemplateGalleryProps) {
  const api = useStudioApi();
  const titleId = useId();
  const use = (t: Template) => {
    const { replaceSpec, notify } = api.getState();
    // A copy, so no later code can reach the gallery's own objects.
    replaceSpec(structuredClone(t.spec));
    notify({
      severity: 'success',
      message: `Started from the "${t.name}" template. Undo brings back the previous spec.`,
    });
    onClose();
  };
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} maxWidth="lg" fullWidth>
      <DialogTitle id={titleId}>Templates</DialogTitle>
      <DialogContent dividers>
        <Box
          component="ul"
          sx={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
            gap: 2,
            listStyle: 'none',
            m: 0,
            p: 0,
          }}
        >
          {TEMPLATES.map((t) => (
            <Card
              key={t.id}
              component="li"
              variant="outlined"
              sx={{ display: 'flex', flexDirection: 'column' }}
            >
              <CardContent sx={{ flexGrow: 1 }}>
                <Typography variant="h6" component="h3" gutterBottom>
                  {t.name}
                </Typography>
                <Typography variant="body2" sx={{ mb: 1 }}>
                  {t.description}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {summarizeSpec(t.spec)}
                </Typography>
              </CardContent>
              <CardActions>
                <Button aria-label={`Use template ${t.name}`} onClick={() => use(t)}>
                  Use template
                </Button>
              </CardActions>
            </Card>
          ))}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}

/** "Templates" toolbar button: opens the gallery. Accepts Button look props (variant, color, size). */
export function TemplatesButton(props: Omit<ButtonProps, 'onClick' | 'children' | 'aria-label'>) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button {...props} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Templates
      </Button>
      <TemplateGallery open={open} onClose={() => setOpen(false)} />
    </>
  );
}
