/** The form side: every section, and focus handling for findings that are clicked. */
import Box from '@mui/material/Box';
import { useEffect, useRef } from 'react';
import { useStudio } from '@/app/store/context';
import { fieldId } from './field-meta';
import { ChecksSection, TasksSection } from './sections/checks-section';
import { DocumentsSection } from './sections/documents-section';
import { ExtensionsSection, IdentitySection } from './sections/identity-section';
import { NotificationsSection } from './sections/notifications-section';
import { PreferencesSection } from './sections/preferences-section';
import { SessionSection } from './sections/session-section';

/** Focuses the control of the deepest part of `path` that the form shows. */
function focusPath(root: HTMLElement, path: readonly (string | number)[]) {
  for (let n = path.length; n > 0; n--) {
    const el = root.querySelector<HTMLElement>(`#${CSS.escape(fieldId(path.slice(0, n)))}`);
    if (!el) continue;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
    return;
  }
}

export function FormPane() {
  const ref = useRef<HTMLDivElement>(null);
  const focus = useStudio((s) => s.focusRequest);
  useEffect(() => {
    if (!focus || !ref.current) return;
    const root = ref.current;
    // Let the section expand and render its fields first.
    const t = window.setTimeout(() => focusPath(root, focus.path), 0);
    return () => window.clearTimeout(t);
  }, [focus]);
  return (
    <Box
      ref={ref}
      component="form"
      aria-label="Session spec form"
      onSubmit={(e) => e.preventDefault()}
      sx={{ display: 'grid', gap: 1 }}
    >
      <SessionSection />
      <ChecksSection />
      <TasksSection />
      <DocumentsSection />
      <PreferencesSection />
      <NotificationsSection />
      <IdentitySection />
      <ExtensionsSection />
    </Box>
  );
}
