/** UI-only state: theme, which panel shows, focus and highlight requests, notices. Never exported. */
import type { StateCreator } from 'zustand';
import type { JsonPath } from '@/spec/index';

export type ThemeMode = 'light' | 'dark';
export type RightPanel = 'json' | 'code' | 'launch' | 'flows';

export interface Notice {
  id: number;
  severity: 'info' | 'success' | 'warning' | 'error';
  message: string;
  /** Optional action button, e.g. "Download it" for a set-aside draft. */
  action?: { label: string; run: () => void };
  /** How long it shows, when not the default (6 s for success and info, until closed otherwise). */
  durationMs?: number;
}

export interface UiSlice {
  themeMode: ThemeMode;
  rightPanel: RightPanel;
  /** Set when a finding is clicked: the form scrolls to and focuses the field, the editor highlights it. */
  focusRequest: { path: JsonPath; seq: number } | null;
  notices: Notice[];
  setThemeMode: (mode: ThemeMode) => void;
  setRightPanel: (panel: RightPanel) => void;
  requestFocus: (path: JsonPath) => void;
  notify: (notice: Omit<Notice, 'id'>) => void;
  dismissNotice: (id: number) => void;
}

let seq = 0;

export const createUiSlice =
  (themeMode: ThemeMode): StateCreator<UiSlice, [], [], UiSlice> =>
  (set) => ({
    themeMode,
    rightPanel: 'json',
    focusRequest: null,
    notices: [],
    setThemeMode: (mode) => set({ themeMode: mode }),
    setRightPanel: (panel) => set({ rightPanel: panel }),
    requestFocus: (path) => set({ focusRequest: { path, seq: ++seq } }),
    notify: (notice) => set((s) => ({ notices: [...s.notices, { ...notice, id: ++seq }] })),
    dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  });
