/** The application shell: header with actions and server mode; form and JSON side by side. */
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import CssBaseline from '@mui/material/CssBaseline';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { ThemeProvider } from '@mui/material/styles';
import { useMemo, useState } from 'react';
import { CodePanel } from '@/app/features/code/code-panel';
import { FindingsPanel } from '@/app/features/findings/findings-panel';
import { FlowStatus, useSaveShortcut } from '@/app/features/flows/flow-status';
import { ComparisonOverlay, FlowsView } from '@/app/features/flows/flows-view';
import { useFlows } from '@/app/features/flows/flows-store';
import { FormPane } from '@/app/features/form/form-pane';
import { ImportProvider } from '@/app/features/io/import-context';
import { LaunchView } from '@/app/features/launch/launch-view';
import { useShareLinkOnLoad } from '@/app/features/share/use-share-link-on-load';
import { JsonPanel } from '@/app/features/json-editor/json-panel';
import { Notices } from '@/app/layout/notices';
import { SplitPane } from '@/app/layout/split-pane';
import { SpecActions } from '@/app/layout/spec-actions';
import { ThemeToggle, ToolbarDivider, UndoRedo } from '@/app/layout/toolbar';
import { useUndoRedoShortcuts } from '@/app/layout/use-shortcuts';
import { ModeChip } from '@/app/mode-chip';
import { StudioProvider, useStudio, useStudioApi } from '@/app/store/context';
import type { StudioStore } from '@/app/store/store';
import type { RightPanel } from '@/app/store/ui-slice';
import { themeFor } from '@/app/theme';

function Header() {
  return (
    <AppBar position="static" color="primary" elevation={1}>
      <Toolbar variant="dense" sx={{ gap: 1, flexWrap: 'wrap', py: 0.5 }}>
        <Typography variant="h1" component="h1" sx={{ mr: 1 }}>
          IDV Session Studio
        </Typography>
        <ModeChip />
        <FlowStatus />
        <Box sx={{ flex: 1 }} />
        <Box
          role="toolbar"
          aria-label="Spec actions"
          sx={{ display: 'flex', alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}
        >
          <UndoRedo />
          <ToolbarDivider />
          <SpecActions />
          <ToolbarDivider />
          <ThemeToggle />
        </Box>
      </Toolbar>
    </AppBar>
  );
}

const VIEWS: readonly (readonly [RightPanel, string])[] = [
  ['json', 'JSON'],
  ['code', 'Code'],
  ['launch', 'Launch'],
  ['flows', 'Flows'],
];

/**
 * JSON, Code, Launch and Flows views of the spec; the JSON editor and a shown launcher stay
 * mounted.
 */
function SpecViews() {
  const shown = useStudio((s) => s.rightPanel);
  const api = useStudioApi();
  return (
    <>
      <Tabs
        value={shown}
        onChange={(_, v: RightPanel) => api.getState().setRightPanel(v)}
        aria-label="Spec views"
        sx={{ borderBottom: 1, borderColor: 'divider', minHeight: 40 }}
      >
        {VIEWS.map(([value, label]) => (
          <Tab
            key={value}
            value={value}
            label={label}
            id={`view-tab-${value}`}
            aria-controls={`view-${value}`}
            sx={{ minHeight: 40 }}
          />
        ))}
      </Tabs>
      <Box
        id="view-json"
        role="tabpanel"
        aria-labelledby="view-tab-json"
        hidden={shown !== 'json'}
        sx={{
          flex: 1,
          minHeight: 0,
          display: shown === 'json' ? 'flex' : 'none',
          flexDirection: 'column',
        }}
      >
        <JsonPanel />
      </Box>
      {shown === 'code' && (
        <Box
          id="view-code"
          role="tabpanel"
          aria-labelledby="view-tab-code"
          sx={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
        >
          <CodePanel />
        </Box>
      )}
      <LaunchView shown={shown === 'launch'} id="view-launch" aria-labelledby="view-tab-launch" />
      {shown === 'flows' && <FlowsView id="view-flows" aria-labelledby="view-tab-flows" />}
    </>
  );
}

function RightPane() {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <Box sx={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
        <SpecViews />
      </Box>
      <Box sx={{ height: '32%', minHeight: 140, borderTop: 1, borderColor: 'divider' }}>
        <FindingsPanel />
      </Box>
    </Box>
  );
}

type NarrowTab = 'form' | 'json' | 'code' | 'launch' | 'flows' | 'findings';

function Workspace() {
  const wide = useMediaQuery('(min-width:900px)');
  const [tab, setTab] = useState<NarrowTab>('form');
  const count = useStudio((s) => s.findings.length);
  const opened = useFlows((s) => s.openSeq);
  const [seenOpen, setSeenOpen] = useState(opened);
  // A link elsewhere (the header's flow name, a launch's flow) opened a flow: show the Flows tab.
  if (opened !== seenOpen) {
    setSeenOpen(opened);
    setTab('flows');
  }
  if (wide)
    return (
      <Box component="main" sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
        <SplitPane
          label="Resize form and JSON"
          left={
            <Box sx={{ p: 2 }}>
              <FormPane />
            </Box>
          }
          right={<RightPane />}
        />
      </Box>
    );
  return (
    <Box component="main" sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <Tabs
        value={tab}
        onChange={(_, v: NarrowTab) => setTab(v)}
        aria-label="Views"
        variant="scrollable"
        scrollButtons
        allowScrollButtonsMobile
      >
        <Tab value="form" label="Form" />
        <Tab value="json" label="JSON" />
        <Tab value="code" label="Code" />
        <Tab value="launch" label="Launch" />
        <Tab value="flows" label="Flows" />
        <Tab value="findings" label={`Findings (${count})`} />
      </Tabs>
      <Box
        sx={{
          flex: 1,
          minHeight: 0,
          overflow: 'auto',
          p: tab === 'form' ? 1 : 0,
          display: 'flex',
          flexDirection: 'column',
        }}
      >
        {tab === 'form' && <FormPane />}
        {tab === 'json' && <JsonPanel />}
        {tab === 'code' && <CodePanel />}
        <LaunchView shown={tab === 'launch'} />
        {tab === 'flows' && <FlowsView />}
        {tab === 'findings' && <FindingsPanel />}
      </Box>
    </Box>
  );
}

function Themed({ store }: { store: StudioStore }) {
  const mode = useStudio((s) => s.themeMode);
  const theme = useMemo(() => themeFor(mode), [mode]);
  useUndoRedoShortcuts(store);
  useSaveShortcut();
  useShareLinkOnLoad();
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ImportProvider>
        <Box sx={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
          <Header />
          <Workspace />
        </Box>
        <ComparisonOverlay />
        <Notices />
      </ImportProvider>
    </ThemeProvider>
  );
}

/** The whole app for a given store. */
export function App({ store }: { store: StudioStore }) {
  return (
    <StudioProvider store={store}>
      <Themed store={store} />
    </StudioProvider>
  );
}
