/**
 * The Launch tab: launch the spec, follow the session (flow, result, notifications), browse the
 * notification inbox and the launch history. Loaded on first use (see launch-view.tsx).
 */
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useEffect } from 'react';
import { useLiveEvents } from './api/live-events';
import { HistoryView } from './history-view';
import { InboxView } from './inbox-view';
import { LaunchBar } from './launch-bar';
import { useLaunch, useLaunchApi, type LaunchTab } from './launch-store';
import { SessionView } from './session-view';

const TABS: { value: LaunchTab; label: string }[] = [
  { value: 'session', label: 'Session' },
  { value: 'inbox', label: 'Inbox' },
  { value: 'history', label: 'History' },
];

export default function LaunchPanel() {
  const store = useLaunchApi();
  const tab = useLaunch((s) => s.tab);
  const inboxCount = useLaunch((s) => s.inbox.data?.length);
  const historyCount = useLaunch((s) => s.history.data?.length);
  useLiveEvents(store);
  useEffect(() => {
    void store.getState().refreshHistory();
    void store.getState().refreshInbox();
  }, [store]);
  const counts: Record<LaunchTab, number | undefined> = {
    session: undefined,
    inbox: inboxCount,
    history: historyCount,
  };
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <Box sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
        <LaunchBar />
        <Tabs
          value={tab}
          onChange={(_, v: LaunchTab) => store.getState().setTab(v)}
          aria-label="Launch views"
          sx={{ minHeight: 36, px: 1 }}
        >
          {TABS.map((t) => (
            <Tab
              key={t.value}
              value={t.value}
              label={counts[t.value] === undefined ? t.label : `${t.label} (${counts[t.value]})`}
              id={`launch-tab-${t.value}`}
              aria-controls={`launch-panel-${t.value}`}
              sx={{ minHeight: 36, py: 0.5 }}
            />
          ))}
        </Tabs>
      </Box>
      <Box
        id={`launch-panel-${tab}`}
        role="tabpanel"
        aria-labelledby={`launch-tab-${tab}`}
        sx={{
          flex: 1,
          minHeight: 0,
          overflow: 'auto',
          p: 2,
          bgcolor: (theme) => (theme.palette.mode === 'light' ? 'grey.50' : 'background.default'),
        }}
      >
        {/* The session view stays mounted so an embedded flow keeps its place. */}
        <Box hidden={tab !== 'session'}>
          <SessionView />
        </Box>
        {tab === 'inbox' && <InboxView />}
        {tab === 'history' && <HistoryView />}
      </Box>
    </Box>
  );
}
