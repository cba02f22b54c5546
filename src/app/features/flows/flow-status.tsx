/**
 * The header's flow piece: the tracked flow's name, version and published chips, "Unsaved changes",
 * and Save version (also Ctrl/Cmd+S), whose dialog loads on first use.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useEffect } from 'react';
import { useStudio, useStudioApi } from '@/app/store/context';
import { baseSpecOf, hasUnsavedChanges } from '@/app/store/flow-slice';
import type { StudioStore } from '@/app/store/store';
import { showFlowVersion } from './commands';
import { useFlows, useFlowsApi, type FlowsStore } from './flows-store';

const SaveDialog = lazy(() => import('./save-dialog'));

const SHORTCUT =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘S' : 'Ctrl+S';

const onDark = { color: 'inherit', borderColor: 'rgba(255,255,255,0.7)' } as const;

/** Opens the diff view: the tracked version (from its saved text) against the draft. */
function compareWithBase(studio: StudioStore, flows: FlowsStore): void {
  const { flow, spec, textOrigin, notify } = studio.getState();
  const base = flow && baseSpecOf(flow);
  if (!flow || !base) return;
  if (textOrigin === 'typed-invalid')
    notify({
      severity: 'warning',
      message: 'The JSON editor has text that does not parse: comparing the last valid spec.',
    });
  flows.getState().compare({
    title: `Compare ${flow.name} v${flow.version} with the draft`,
    a: { label: `v${flow.version}`, spec: base },
    b: { label: 'the draft', spec },
  });
}

export function FlowStatus() {
  const studio = useStudioApi();
  const flows = useFlowsApi();
  const flow = useStudio((s) => s.flow);
  const modified = useStudio(hasUnsavedChanges);
  const summary = useFlows((s) => (flow ? s.known[flow.id] : undefined));
  const saveOpen = useFlows((s) => s.saveOpen);
  const published = flow !== null && summary?.published_version === flow.version;

  const trackedId = flow?.id;
  useEffect(() => {
    if (trackedId === undefined) return;
    void flows
      .getState()
      .ensureKnown(trackedId)
      .then((state) => {
        const { flow: now, trackFlow, notify } = studio.getState();
        if (state !== 'missing' || now?.id !== trackedId) return;
        // Deleted elsewhere (or another server): saving or launching against it would fail.
        trackFlow(null);
        notify({
          severity: 'warning',
          message: `The flow "${now.name}" no longer exists on this server, so the draft is no longer tracked against it. Save version saves it as a new flow.`,
        });
      });
  }, [trackedId, flows, studio]);

  return (
    <Box
      role="group"
      aria-label="Saved flow"
      sx={{ display: 'flex', alignItems: 'center', gap: 0.75, minWidth: 0 }}
    >
      {flow ? (
        <>
          <Button
            color="inherit"
            size="small"
            onClick={() => showFlowVersion(studio, flows, flow.id, flow.version)}
            aria-label={`Flow ${flow.name}, show its versions`}
            sx={{ textTransform: 'none', fontWeight: 600, maxWidth: 220, minWidth: 0 }}
          >
            <Box
              component="span"
              sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
            >
              {flow.name}
            </Box>
          </Button>
          <Chip size="small" variant="outlined" label={`v${flow.version}`} sx={onDark} />
          {summary && summary.latest_version > flow.version && (
            <Typography variant="caption" sx={{ whiteSpace: 'nowrap' }}>
              (latest is v{summary.latest_version})
            </Typography>
          )}
          {published && <Chip size="small" variant="outlined" label="published" sx={onDark} />}
          {modified && (
            <Button
              color="inherit"
              size="small"
              aria-label={`Unsaved changes: compare v${flow.version} with the draft`}
              onClick={() => compareWithBase(studio, flows)}
              sx={{ fontStyle: 'italic', textTransform: 'none', whiteSpace: 'nowrap', px: 0.5 }}
            >
              Unsaved changes
            </Button>
          )}
        </>
      ) : (
        <Typography variant="caption" sx={{ opacity: 0.85, whiteSpace: 'nowrap' }}>
          Draft not saved as a flow
        </Typography>
      )}
      <Tooltip describeChild title={`Save a version of the draft (${SHORTCUT})`}>
        <Button
          color="inherit"
          size="small"
          variant="outlined"
          aria-haspopup="dialog"
          aria-keyshortcuts="Control+S Meta+S"
          onClick={() => flows.getState().setSaveOpen('version')}
          sx={{ borderColor: 'rgba(255,255,255,0.7)', whiteSpace: 'nowrap' }}
        >
          Save version
        </Button>
      </Tooltip>
      {saveOpen && (
        <Suspense fallback={null}>
          <SaveDialog
            asNew={saveOpen === 'new'}
            onClose={() => flows.getState().setSaveOpen(false)}
          />
        </Suspense>
      )}
    </Box>
  );
}

/** Ctrl/Cmd+S anywhere (the JSON editor included) opens Save version instead of saving the page. */
export function useSaveShortcut() {
  const flows = useFlowsApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 's')
        return;
      e.preventDefault();
      flows.getState().setSaveOpen('version');
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [flows]);
}
