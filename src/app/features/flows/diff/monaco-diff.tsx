/**
 * Monaco's diff editor, read-only and theme-aware; loaded lazily with the JSON editor's Monaco
 * chunk (never in the first-render bundle). Shows two texts side by side (inline when narrow).
 */
import Box from '@mui/material/Box';
import { useEffect, useEffectEvent, useRef } from 'react';
import { monaco } from '@/app/features/json-editor/monaco-setup';
import { useStudioApi } from '@/app/store/context';
import type { ThemeMode } from '@/app/store/ui-slice';

const theme = (mode: ThemeMode) => (mode === 'dark' ? 'vs-dark' : 'vs');

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
      if (s.themeMode !== prev.themeMode) monaco.editor.setTheme(theme(s.themeMode));
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
