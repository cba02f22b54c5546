/** Notification deliveries: topic, time, verdict with its reason, and headers and body on demand. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ButtonBase from '@mui/material/ButtonBase';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import type { Delivery } from './api/schemas';
import { formatTime } from './history';
import { ExpandIcon, ReplayIcon } from './icons';
import { describeVerdict, prettyBody, topicLabel } from './inbox';
import { useLaunchApi } from './launch-store';

const mono = { fontFamily: 'monospace', fontSize: 12 } as const;

function DeliveryItem({ delivery }: { delivery: Delivery }) {
  const [open, setOpen] = useState(false);
  const [replaying, setReplaying] = useState(false);
  const store = useLaunchApi();
  const detailsId = useId();
  const verdict = describeVerdict(delivery.verdict);
  const replay = async () => {
    setReplaying(true);
    await store.getState().replay(delivery.id);
    setReplaying(false);
  };
  return (
    <Box
      component="li"
      aria-label={`Notification #${delivery.id}: ${topicLabel(delivery.topic)}, ${verdict.label}`}
      sx={{ borderBottom: 1, borderColor: 'divider', '&:last-of-type': { borderBottom: 0 } }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 0.75 }}>
        <ButtonBase
          onClick={() => setOpen(!open)}
          aria-expanded={open}
          aria-controls={detailsId}
          sx={{
            flex: 1,
            minWidth: 0,
            justifyContent: 'flex-start',
            textAlign: 'left',
            gap: 1,
            borderRadius: 1,
            px: 0.5,
            py: 0.25,
            flexWrap: 'wrap',
            '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main' },
          }}
        >
          <ExpandIcon
            fontSize="small"
            sx={{ transform: open ? 'rotate(0deg)' : 'rotate(-90deg)', color: 'text.secondary' }}
          />
          <Box sx={{ minWidth: 0, flex: 1 }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {topicLabel(delivery.topic)}{' '}
              <Box component="span" sx={{ ...mono, fontWeight: 400, color: 'text.secondary' }}>
                {delivery.topic ?? ''}
              </Box>
            </Typography>
            <Typography variant="caption" color="text.secondary">
              #{delivery.id} · {formatTime(delivery.received_at)}
              {delivery.status !== null && ` · answered ${delivery.status}`}
              {delivery.replay_of !== null && ` · replay of #${delivery.replay_of}`}
            </Typography>
          </Box>
          <Chip size="small" color={verdict.tone} label={verdict.label} sx={{ fontWeight: 600 }} />
        </ButtonBase>
        <Button
          size="small"
          startIcon={<ReplayIcon />}
          onClick={() => void replay()}
          disabled={replaying || delivery.source !== 'receiver'}
          aria-label={`Replay notification #${delivery.id}`}
        >
          Replay
        </Button>
      </Box>
      {delivery.verdict !== 'accepted' && (
        <Typography variant="body2" sx={{ pl: 4.5, pb: 0.75, color: `${verdict.tone}.main` }}>
          {delivery.reason}
        </Typography>
      )}
      <Box id={detailsId} hidden={!open} sx={{ pl: 4.5, pb: 1.5 }}>
        {delivery.verdict === 'accepted' && (
          <Typography variant="body2" sx={{ mb: 1 }}>
            {delivery.reason}
          </Typography>
        )}
        <Typography component="h5" variant="caption" color="text.secondary">
          Headers (secrets masked by the server)
        </Typography>
        <Box
          component="dl"
          sx={{
            ...mono,
            m: 0,
            mb: 1,
            display: 'grid',
            gridTemplateColumns: 'max-content 1fr',
            columnGap: 1.5,
          }}
        >
          {Object.entries(delivery.headers).map(([name, value]) => (
            <Box key={name} sx={{ display: 'contents' }}>
              <Box component="dt" sx={{ color: 'text.secondary' }}>
                {name}
              </Box>
              <Box component="dd" sx={{ m: 0, wordBreak: 'break-all' }}>
                {value}
              </Box>
            </Box>
          ))}
        </Box>
        <Typography component="h5" variant="caption" color="text.secondary">
          Body
        </Typography>
        <Box
          component="pre"
          sx={{ ...mono, m: 0, p: 1, bgcolor: 'action.hover', borderRadius: 1, overflow: 'auto' }}
        >
          {prettyBody(delivery.body)}
        </Box>
      </Box>
    </Box>
  );
}

/** A list of deliveries, newest first. */
export function DeliveryList({
  deliveries,
  label,
}: {
  deliveries: readonly Delivery[];
  label: string;
}) {
  return (
    <Box component="ul" aria-label={label} sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {deliveries.map((d) => (
        <DeliveryItem key={d.id} delivery={d} />
      ))}
    </Box>
  );
}
