/**
 * The Code view: the spec as ready-to-run builder code for each Yoti SDK, plus curl. The
 * generators are loaded on first use so they stay out of the initial bundle.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useState } from 'react';
import { downloadFile } from '@/app/features/io/browser-files';
import { copyText } from '@/app/features/io/clipboard';
import { useStudio, useStudioApi } from '@/app/store/context';
import type * as CodegenModule from '@/codegen/index';
import type { Lang } from '@/codegen/index';

type Codegen = typeof CodegenModule;

let loading: Promise<Codegen> | undefined;
const loadCodegen = () => (loading ??= import('@/codegen/index'));

function useCodegen(): Codegen | undefined {
  const [mod, setMod] = useState<Codegen>();
  useEffect(() => {
    let live = true;
    void loadCodegen().then((m) => live && setMod(m));
    return () => {
      live = false;
    };
  }, []);
  return mod;
}

const KIND_TEXT = {
  dropped: 'left out',
  raw: 'sent as raw JSON',
  changed: 'changed by the SDK',
} as const;

export function CodePanel() {
  const codegen = useCodegen();
  const spec = useStudio((s) => s.spec);
  const api = useStudioApi();
  const [lang, setLang] = useState<Lang>('node');
  const [details, setDetails] = useState(false);
  const generated = useMemo(() => codegen?.generateCode(spec, lang), [codegen, spec, lang]);
  if (!codegen || !generated)
    return <Typography sx={{ p: 2 }}>Loading the code generators…</Typography>;
  const langs = codegen.LANGS;
  const label = langs.find((l) => l.id === lang)?.label ?? lang;
  const notify = api.getState().notify;
  const copy = async () => {
    const ok = await copyText(generated.code);
    notify(
      ok
        ? { severity: 'success', message: `${label} code copied` }
        : { severity: 'error', message: 'Could not copy: your browser blocked the clipboard' },
    );
  };
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <Tabs
        value={lang}
        onChange={(_, v: Lang) => setLang(v)}
        variant="scrollable"
        aria-label="Language"
      >
        {langs.map((l) => {
          const gaps = codegen.coverageFor(spec, l.id).length;
          return (
            <Tab
              key={l.id}
              value={l.id}
              label={gaps ? `${l.label} · ${gaps} gap${gaps === 1 ? '' : 's'}` : l.label}
              id={`code-tab-${l.id}`}
              aria-controls="code-tabpanel"
            />
          );
        })}
      </Tabs>
      <Box
        id="code-tabpanel"
        role="tabpanel"
        aria-labelledby={`code-tab-${lang}`}
        sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}
      >
        <Box sx={{ display: 'flex', gap: 1, p: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <Button size="small" variant="outlined" onClick={() => void copy()}>
            Copy {label} code
          </Button>
          <Button
            size="small"
            variant="outlined"
            onClick={() =>
              downloadFile({ name: generated.filename, type: 'text/plain', text: generated.code })
            }
          >
            Download {generated.filename}
          </Button>
        </Box>
        {generated.dropped.length > 0 ? (
          <Alert
            severity="warning"
            sx={{ mx: 1 }}
            aria-label={`What the ${label} SDK cannot send`}
            action={
              <Button
                color="inherit"
                size="small"
                aria-expanded={details}
                onClick={() => setDetails((d) => !d)}
              >
                {details ? 'Hide' : 'Show'}
              </Button>
            }
          >
            <strong>
              {generated.dropped.length} thing{generated.dropped.length === 1 ? '' : 's'} the{' '}
              {label} SDK cannot send as written
            </strong>
            <Box component="ul" sx={{ m: 0, pl: 2, display: details ? 'block' : 'none' }}>
              {generated.dropped.map((d) => (
                <li key={`${d.path}-${d.kind}`}>
                  <code>{d.path}</code> ({d.label}) is {KIND_TEXT[d.kind]}: {d.reason}
                </li>
              ))}
            </Box>
          </Alert>
        ) : (
          <Alert severity="success" sx={{ mx: 1 }}>
            The {label} code sends this spec exactly as written.
          </Alert>
        )}
        <Box
          component="pre"
          tabIndex={0}
          aria-label={`${label} code`}
          sx={{
            flex: 1,
            m: 1,
            p: 1.5,
            overflow: 'auto',
            fontSize: 13,
            bgcolor: 'action.hover',
            borderRadius: 1,
            fontFamily: 'monospace',
          }}
        >
          {generated.code}
        </Box>
      </Box>
    </Box>
  );
}
