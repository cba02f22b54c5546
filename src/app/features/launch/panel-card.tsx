/** A titled card in the launch panel: a labelled region with a heading and optional actions. */
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

export interface PanelCardProps {
  title: ReactNode;
  /** Shown beside the title, e.g. a state chip. */
  badge?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}

export function PanelCard({ title, badge, actions, children }: PanelCardProps) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} variant="outlined" sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1.5 }}>
        <Typography id={headingId} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        {badge}
        <Box sx={{ flex: 1 }} />
        {actions}
      </Box>
      {children}
    </Paper>
  );
}
