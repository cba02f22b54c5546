/**
 * Monaco's diff editor, read-only and theme-aware; loaded lazily with the JSON editor's Monaco
 * chunk (never in the first-render bundle). Shows two texts side by side (inline when narrow).
 */
import Box from '@mui/material/Box';
import { useEffect, useEffectEvent, useRef } from 'react';
import { monaco } from '@/app/features/json-editor/monaco-setup';
import { useStudioApi } from '@/app/store/context';
import type { ThemeMode } from '@/app/store/ui-slice';

/**
 * Monaco's own themes with diff colours readable at WCAG AA: a plain tint per changed line (dark:
 * no second tint per changed word, which took token colours below 4.5:1). Themes are global in
 * Monaco, and these only add diff colours, so the JSON editor is unaffected.
 */
monaco.editor.defineTheme('idv-light', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: {
    'diffEditor.insertedLineBackground': '#dafbe1',
    'diffEditor.insertedTextBackground': '#abf2bc',
    'diffEditor.removedLineBackground': '#ffebe9',
    'diffEditor.removedTextBackground': '#ffcecb',
  },
});
monaco.editor.defineTheme('idv-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: {
    'diffEditor.insertedLineBackground': '#2ea04333',
    'diffEditor.insertedTextBackground': '#00000000',
    'diffEditor.removedLineBackground': '#f8514933',
    'diffEditor.removedTextBackground': '#00000000',
  },
});
const theme = (mode: ThemeMode) => (mode === 'dark' ? 'idv-dark' : 'idv-light');

export interface MonacoDiffProps {
  original: string;
  modified: string;
  /** Names both sides for screen readers, e.g. "Onboarding v1 (left) and the draft (right)". */
  ariaLabel: string;
  onReady: () => void;
}

export function MonacoDiff({ original, modified, ariaLabel, onReady }: MonacoDiffProps) {
  const store = useStudioApi();
  const container = useRef<HTMLDivElement>(null);
  const ready = useEffectEvent(onReady);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const editor = monaco.editor.createDiffEditor(element, {
      readOnly: true,
      originalEditable: false,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: true,
      fontSize: 13,
      ariaLabel,
      theme: theme(store.getState().themeMode),
    });
    const models = {
      original: monaco.editor.createModel(original, 'json'),
      modified: monaco.editor.createModel(modified, 'json'),
    };
    editor.setModel(models);
    // The diff editor's own aria options leave its two inner editors unnamed; name them here.
    editor.getOriginalEditor().updateOptions({ ariaLabel: `${ariaLabel}: left side` });
    editor.getModifiedEditor().updateOptions({ ariaLabel: `${ariaLabel}: right side` });
    const unsubscribe = store.subscribe((s, prev) => {
      // After the JSON editor's own subscriber, which sets Monaco's plain theme.
      if (s.themeMode !== prev.themeMode)
        queueMicrotask(() => monaco.editor.setTheme(theme(s.themeMode)));
    });
    const done = editor.onDidUpdateDiff(() => {
      done.dispose();
      ready();
    });
    return () => {
      unsubscribe();
      done.dispose();
      editor.dispose();
      models.original.dispose();
      models.modified.dispose();
    };
  }, [store, original, modified, ariaLabel]);

  return <Box ref={container} sx={{ position: 'absolute', inset: 0 }} />;
}
