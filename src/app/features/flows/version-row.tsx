/** One version in a flow's versions table: when, message, status, launches, and its actions. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import { formatTime } from '@/app/features/launch/history';
import { useStudio, useStudioApi } from '@/app/store/context';
import { hasUnsavedChanges } from '@/app/store/flow-slice';
import type { FlowSummary, VersionSummary } from './api/schemas';
import { fetchVersion, openInEditor, publish } from './commands';
import { useFlowsApi } from './flows-store';

export interface VersionRowProps {
  flow: FlowSummary;
  version: VersionSummary;
  highlighted: boolean;
  /** Narrow table: the actions go on a row of their own under the version. */
  compact: boolean;
}

export function VersionRow({ flow, version, highlighted, compact }: VersionRowProps) {
  const studio = useStudioApi();
  const flows = useFlowsApi();
  const n = version.number;
  const inEditor = useStudio((s) => s.flow?.id === flow.id && s.flow.version === n);
  const modified = useStudio(hasUnsavedChanges);
  const row = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (highlighted) row.current?.scrollIntoView({ block: 'nearest' });
  }, [highlighted]);
  const compareWithDraft = async () => {
    const v = await fetchVersion(studio, flows, flow.id, n);
    if (!v) return;
    flows.getState().compare({
      title: `Compare ${flow.name} v${n} with the draft`,
      a: { label: `v${n}`, spec: v.spec },
      b: { label: 'the draft', spec: studio.getState().spec },
    });
  };
  const actions = (
    <Box
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        '& .MuiButton-root': { whiteSpace: 'nowrap', minWidth: 0, px: 0.75 },
      }}
    >
      <Button
        size="small"
        aria-label={`Open in editor (v${n})`}
        onClick={() => void openInEditor(studio, flows, flow, n)}
      >
        Open in editor
      </Button>
      <Button
        size="small"
        aria-label={`${version.published ? 'Unpublish' : 'Publish'} (v${n})`}
        onClick={() => void publish(studio, flows, flow, version.published ? null : n)}
      >
        {version.published ? 'Unpublish' : 'Publish'}
      </Button>
      <Button
        size="small"
        aria-label={`Compare with draft (v${n})`}
        onClick={() => void compareWithDraft()}
      >
        Compare with draft
      </Button>
    </Box>
  );
  const main = (
    <TableRow
      ref={row}
      selected={highlighted}
      hover={!compact}
      sx={compact ? { '& td': { borderBottom: 0 } } : undefined}
    >
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          v{n}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {formatTime(version.created_at)}
        </Typography>
      </TableCell>
      <TableCell sx={{ overflowWrap: 'anywhere', minWidth: 140 }}>
        {version.message || (
          <Typography variant="body2" component="span" color="text.secondary">
            No message
          </Typography>
        )}
        <Box
          sx={{
            display: 'flex',
            gap: 0.5,
            flexWrap: 'wrap',
            mt: version.published || inEditor ? 0.5 : 0,
          }}
        >
          {version.published && (
            <Chip size="small" color="success" variant="outlined" label="published" />
          )}
          {inEditor && (
            <Chip
              size="small"
              color="primary"
              variant="outlined"
              label={modified ? 'in the editor, changed' : 'in the editor'}
            />
          )}
        </Box>
      </TableCell>
      <TableCell align="right">{version.launch_count}</TableCell>
      {!compact && <TableCell>{actions}</TableCell>}
    </TableRow>
  );
  if (!compact) return main;
  return (
    <>
      {main}
      <TableRow selected={highlighted}>
        <TableCell colSpan={3} sx={{ pt: 0 }}>
          {actions}
        </TableCell>
      </TableRow>
    </>
  );
}
