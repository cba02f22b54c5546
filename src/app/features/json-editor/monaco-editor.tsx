/**
 * The Monaco JSON editor, loaded lazily by JsonPanel. A view of the store (STYLE habit 6): it
 * follows `text`, `findings`, `focusRequest` and `themeMode` through store subscriptions, outside
 * React renders, so an update never races the user's typing and never echoes back.
 */
import { useEffect, useEffectEvent, useRef } from 'react';
import Box from '@mui/material/Box';
import { useStudioApi } from '@/app/store/context';
import type { StudioState } from '@/app/store/store';
import { markersFor, spanForPath } from './markers';
import { MODEL_URI, monaco } from './monaco-setup';
import { textEdits } from './text-diff';

type Editor = monaco.editor.IStandaloneCodeEditor;

const OWNER = 'idv-studio';
const HIGHLIGHT_MS = 1500;
const theme = (mode: StudioState['themeMode']) => (mode === 'dark' ? 'vs-dark' : 'vs');

const OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  ariaLabel: 'Session spec JSON',
  automaticLayout: true,
  minimap: { enabled: false },
  tabSize: 2,
  insertSpaces: true,
  detectIndentation: false,
  formatOnPaste: false,
  scrollBeyondLastLine: false,
  fixedOverflowWidgets: true,
  wordWrap: 'off',
  fontSize: 13,
};

/** Brings the model to `text` with minimal edits, so cursor, selection and scroll stay put. */
function showText(editor: Editor, text: string): void {
  const model = editor.getModel();
  const edits = model ? textEdits(model.getValue(), text) : [];
  if (!model || edits.length === 0) return;
  const operations = edits.map((e) => ({
    range: monaco.Range.fromPositions(
      model.getPositionAt(e.offset),
      model.getPositionAt(e.offset + e.deleteCount),
    ),
    text: e.insert,
  }));
  editor.pushUndoStop();
  model.pushEditOperations(editor.getSelections(), operations, () => null);
  editor.pushUndoStop();
  // For `npm run bench`: the frame in which the editor renders an outside change.
  requestAnimationFrame(() => performance.mark(EDITOR_APPLIED_MARK));
}

/** Performance mark set when an outside change (form edit, undo, import) reaches the editor. */
export const EDITOR_APPLIED_MARK = 'idv-studio:editor-applied';

function showFindings(editor: Editor, { text, findings }: StudioState): void {
  const model = editor.getModel();
  if (!model) return;
  const markers = markersFor(text, findings).map(({ severity, ...m }) => ({
    ...m,
    severity: severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
    source: 'IDV Session Studio',
  }));
  monaco.editor.setModelMarkers(model, OWNER, markers);
}

export interface MonacoJsonEditorProps {
  /** Called once the editor has mounted and shows the text. */
  onReady: () => void;
}

/** The editor filling its parent; JsonPanel shows a plain preview until `onReady`. */
export function MonacoJsonEditor({ onReady }: MonacoJsonEditorProps) {
  const store = useStudioApi();
  const container = useRef<HTMLDivElement>(null);
  const ready = useEffectEvent(onReady);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const initial = store.getState();
    monaco.editor.getModel(MODEL_URI)?.dispose();
    const model = monaco.editor.createModel(initial.text, 'json', MODEL_URI);
    model.setEOL(monaco.editor.EndOfLineSequence.LF);
    const editor = monaco.editor.create(element, {
      ...OPTIONS,
      model,
      theme: theme(initial.themeMode),
    });
    const highlight = editor.createDecorationsCollection();
    let applying = false;
    let highlightTimer: ReturnType<typeof setTimeout> | undefined;

    const reveal = (path: StudioState['focusRequest']) => {
      const span = path && spanForPath(model.getValue(), path.path);
      if (!span) return;
      editor.revealRangeInCenter(span, monaco.editor.ScrollType.Smooth);
      highlight.set([
        { range: span, options: { className: 'idv-json-focus', isWholeLine: false } },
      ]);
      clearTimeout(highlightTimer);
      highlightTimer = setTimeout(() => highlight.clear(), HIGHLIGHT_MS);
    };

    showFindings(editor, initial);
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.text !== prev.text) {
        applying = true;
        try {
          showText(editor, state.text);
        } finally {
          applying = false;
        }
      }
      if (state.findings !== prev.findings || state.text !== prev.text) showFindings(editor, state);
      if (state.focusRequest !== prev.focusRequest) reveal(state.focusRequest);
      if (state.themeMode !== prev.themeMode) monaco.editor.setTheme(theme(state.themeMode));
    });
    const disposables = [
      // Only the user's own edits go to the store; ours (applying) came from it.
      model.onDidChangeContent(() => {
        if (!applying) store.getState().setText(model.getValue());
      }),
      editor.onDidBlurEditorWidget(() => store.getState().syncText()),
    ];
    ready();

    return () => {
      unsubscribe();
      clearTimeout(highlightTimer);
      for (const d of disposables) d.dispose();
      editor.dispose();
      model.dispose();
    };
  }, [store]);

  return (
    <Box
      ref={container}
      sx={{
        position: 'absolute',
        inset: 0,
        '& .idv-json-focus': { backgroundColor: 'rgba(255, 193, 7, 0.4)' },
      }}
    />
  );
}
