/** One flow in the library list, and the search that picks the rows. */
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { formatTime } from '@/app/features/launch/history';
import type { FlowSummary } from './api/schemas';
import { FlowMenu } from './flow-menu';
import { useFlowsApi } from './flows-store';

/** Flows whose name or description contains every word of the query (any case). */
export function matchFlows(flows: readonly FlowSummary[], query: string): FlowSummary[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return flows.filter((f) => {
    const text = `${f.name} ${f.description}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

export function FlowRow({ flow, tracked }: { flow: FlowSummary; tracked: boolean }) {
  const flows = useFlowsApi();
  return (
    <Box
      component="li"
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 1,
        px: 1.5,
        py: 1,
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Link
            component="button"
            variant="subtitle1"
            onClick={() => flows.getState().openFlow(flow.id)}
            sx={{ fontWeight: 600, textAlign: 'left' }}
          >
            {flow.name}
          </Link>
          {flow.published_version !== null && (
            <Chip
              size="small"
              color="success"
              variant="outlined"
              label={`v${flow.published_version} published`}
            />
          )}
          {flow.archived_at !== null && <Chip size="small" variant="outlined" label="archived" />}
          {tracked && (
            <Chip size="small" color="primary" variant="outlined" label="in the editor" />
          )}
        </Box>
        {flow.description && (
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {flow.description}
          </Typography>
        )}
        <Typography variant="caption" color="text.secondary">
          v{flow.latest_version} · {flow.version_count} version{flow.version_count === 1 ? '' : 's'}{' '}
          · updated {formatTime(flow.updated_at)}
        </Typography>
      </Box>
      <FlowMenu flow={flow} />
    </Box>
  );
}
