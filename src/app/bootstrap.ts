/**
 * Builds the app's store: the draft from local storage (validated; a bad one is set aside and
 * reported), the theme preference, and saving both as they change.
 */
import { emptySpec } from '@/spec/index';
import { DRAFT_KEY, loadDraft, saveDraft } from './store/draft';
import { createStudioStore, type StudioStore } from './store/store';
import type { ThemeMode } from './store/ui-slice';

const THEME_KEY = 'idv-studio.theme';
const SAVE_DELAY_MS = 250;

function initialTheme(storage: Storage): ThemeMode {
  const saved = storage.getItem(THEME_KEY);
  if (saved === 'light' || saved === 'dark') return saved;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function bootstrapStore(storage: Storage = window.localStorage): StudioStore {
  const draft = loadDraft(storage);
  const store = createStudioStore(
    draft.kind === 'ok' ? draft.spec : emptySpec(),
    initialTheme(storage),
    draft.kind === 'ok' ? (draft.flow ?? null) : null,
  );
  if (draft.kind === 'ok' && draft.invalidText !== undefined)
    store.getState().setText(draft.invalidText);
  if (draft.kind === 'set-aside') {
    const raw = draft.raw;
    store.getState().notify({
      severity: 'warning',
      message: `Your saved draft could not be used (${draft.reason}). It was set aside in local storage as "${draft.key}"; you are starting from an empty spec.`,
      action: {
        label: 'Download it',
        run: () => {
          const url = URL.createObjectURL(new Blob([raw], { type: 'application/json' }));
          const a = Object.assign(document.createElement('a'), {
            href: url,
            download: 'idv-studio-draft-set-aside.json',
          });
          a.click();
          URL.revokeObjectURL(url);
        },
      },
    });
  }
  let timer: number | undefined;
  const save = () => {
    const s = store.getState();
    const text = s.textOrigin === 'typed-invalid' ? s.text : undefined;
    const ok = saveDraft(storage, s.spec, text, s.flow);
    if (!ok)
      s.notify({
        severity: 'error',
        message: `The draft could not be saved to local storage (${DRAFT_KEY}); download it to keep it.`,
      });
  };
  store.subscribe((s, prev) => {
    if (s.themeMode !== prev.themeMode) storage.setItem(THEME_KEY, s.themeMode);
    if (s.spec === prev.spec && s.text === prev.text && s.flow === prev.flow) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(save, SAVE_DELAY_MS);
  });
  window.addEventListener('pagehide', save);
  return store;
}
