/** A collapsible form section with a summary line and its error and warning counts. */
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStudio } from '@/app/store/context';
import { useFindingCounts } from '../use-field';

export interface SectionProps {
  id: string;
  title: string;
  /** Top-level keys the section edits: its findings are counted, focus requests open it. */
  keys: readonly string[];
  summary: string;
  defaultExpanded?: boolean;
  children: ReactNode;
}

/** Renders every section open (used where the whole form must be present, e.g. in tests). */
export const ExpandAllSections = createContext(false);

export function Section({ id, title, keys, summary, defaultExpanded, children }: SectionProps) {
  const expandAll = useContext(ExpandAllSections);
  const [expanded, setExpanded] = useState(expandAll || (defaultExpanded ?? false));
  const counts = useFindingCounts(keys.map((k) => [k]));
  const focus = useStudio((s) => s.focusRequest);
  const [seenFocus, setSeenFocus] = useState(focus?.seq);
  // A finding in this section was clicked: open it so its field can take focus.
  if (focus && focus.seq !== seenFocus) {
    setSeenFocus(focus.seq);
    if (keys.includes(String(focus.path[0]))) setExpanded(true);
  }
  const headingId = `section-${id}-heading`;
  return (
    <Accordion
      expanded={expanded}
      onChange={(_, open) => setExpanded(open)}
      disableGutters
      slotProps={{
        // Collapsed sections leave the DOM: a smaller page lays out faster on every edit.
        transition: { timeout: 0, unmountOnExit: !expandAll },
        heading: { component: 'h2' },
      }}
      data-section={id}
    >
      <AccordionSummary aria-controls={`section-${id}-content`} id={headingId}>
        <Box
          component="span"
          sx={{ display: 'flex', alignItems: 'center', gap: 1, width: '100%', flexWrap: 'wrap' }}
        >
          <Typography
            component="span"
            variant="h6"
            sx={{ fontSize: '1rem', fontWeight: 600, minWidth: 130 }}
          >
            {title}
          </Typography>
          <Typography
            component="span"
            variant="body2"
            color="text.secondary"
            sx={{ flex: 1, minWidth: 0 }}
            noWrap
          >
            {summary}
          </Typography>
          {counts.errors > 0 && (
            <Chip
              size="small"
              color="error"
              variant="outlined"
              label={`${counts.errors} error${counts.errors > 1 ? 's' : ''}`}
            />
          )}
          {counts.warnings > 0 && (
            <Chip
              size="small"
              color="warning"
              variant="outlined"
              label={`${counts.warnings} warning${counts.warnings > 1 ? 's' : ''}`}
            />
          )}
        </Box>
      </AccordionSummary>
      {/* The Accordion's region slot already is the labelled region (id section-…-content). */}
      <AccordionDetails sx={{ display: 'grid', gap: 2 }}>{children}</AccordionDetails>
    </Accordion>
  );
}
