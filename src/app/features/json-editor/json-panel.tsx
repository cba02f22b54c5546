/**
 * The JSON side of the builder: a plain read-only preview at once, then the Monaco editor when its
 * chunk has loaded (Monaco is never in the initial bundle), and a status line under both.
 */
import { useEffect, useMemo, useState, type ComponentType } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useStudio } from '@/app/store/context';
import type { MonacoJsonEditorProps } from './monaco-editor';
import { statusLine } from './status';

type EditorComponent = ComponentType<MonacoJsonEditorProps>;

let editorModule: Promise<EditorComponent> | undefined;
/** Starts loading the editor chunk (once); call early to have it ready sooner. */
export function preloadJsonEditor(): Promise<EditorComponent> {
  editorModule ??= import('./monaco-editor').then((m) => m.MonacoJsonEditor);
  editorModule.catch(() => (editorModule = undefined)); // a later mount may retry
  return editorModule;
}

const mono = { fontFamily: 'Menlo, Monaco, "Courier New", monospace', fontSize: 13 };

/**
 * Fills its parent's height. The container carries `data-monaco-ready="true"` once the editor has
 * mounted, for browser tests and benchmarks.
 */
export function JsonPanel() {
  const [Editor, setEditor] = useState<EditorComponent | null>(null);
  const [failed, setFailed] = useState(false);
  const [ready, setReady] = useState(false);
  // The preview needs the text only until the editor shows it.
  const text = useStudio((s) => (ready ? '' : s.text));
  const findings = useStudio((s) => s.findings);
  const textOrigin = useStudio((s) => s.textOrigin);
  const status = useMemo(() => statusLine(findings, textOrigin), [findings, textOrigin]);

  useEffect(() => {
    let live = true;
    preloadJsonEditor().then(
      (component) => live && setEditor(() => component),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <Box
      data-monaco-ready={ready ? 'true' : undefined}
      sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}
    >
      <Box sx={{ position: 'relative', flex: 1, minHeight: 0 }}>
        {Editor && <Editor onReady={() => setReady(true)} />}
        {!ready && (
          <Box
            component="pre"
            tabIndex={0}
            aria-label={
              failed ? 'Session spec JSON (read-only)' : 'Session spec JSON (loading editor)'
            }
            sx={{
              ...mono,
              position: 'absolute',
              inset: 0,
              m: 0,
              p: 1,
              overflow: 'auto',
              bgcolor: 'background.paper',
              color: 'text.primary',
            }}
          >
            {text}
          </Box>
        )}
      </Box>
      {failed && (
        <Typography variant="caption" color="error" sx={{ px: 1 }}>
          The editor could not load; the JSON is shown read-only. Reload the page to try again.
        </Typography>
      )}
      <Typography
        role="status"
        variant="caption"
        sx={{ px: 1, py: 0.5, borderTop: 1, borderColor: 'divider' }}
      >
        {status}
      </Typography>
    </Box>
  );
}
