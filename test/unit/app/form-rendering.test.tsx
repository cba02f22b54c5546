import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FormPane } from '@/app/features/form/form-pane';
import { ExpandAllSections } from '@/app/features/form/sections/section';
import { StudioProvider } from '@/app/store/context';
import { createStudioStore } from '@/app/store/store';
import {
  CHECKS,
  DEFAULT_CHECKS,
  describeField,
  emptySpec,
  TASKS,
  TOPICS,
  toggleCheck,
  toggleTask,
  type SessionSpec,
} from '@/spec/index';

const render = (spec: SessionSpec) =>
  renderToStaticMarkup(
    <StudioProvider store={createStudioStore(spec)}>
      <ExpandAllSections.Provider value={true}>
        <FormPane />
      </ExpandAllSections.Provider>
    </StudioProvider>,
  );

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"');

describe('catalogue-driven form', () => {
  it('renders one switch per check and task, labelled from the catalogue', () => {
    const html = render(emptySpec());
    for (const item of [...CHECKS, ...TASKS]) {
      expect(text(html)).toContain(item.entry.label);
      expect(html).toContain(
        `id="field-${item.key.startsWith('requested_checks') ? 'requested_checks' : 'requested_tasks'}--${item.type}"`,
      );
    }
  });

  it('shows each switched-on check with the labels of all its options', () => {
    let spec: SessionSpec = emptySpec();
    for (const c of CHECKS) spec = toggleCheck(spec, c.type, true, DEFAULT_CHECKS[c.type]);
    for (const t of TASKS) spec = toggleTask(spec, t.type, true);
    const html = text(render(spec));
    for (const item of [...CHECKS, ...TASKS])
      for (const key of item.fields) {
        // Fields of other union options (e.g. the custom CA account) are not shown until chosen.
        if (/\{WITH_CUSTOM_ACCOUNT\}|\{PROFILE\}|\{FUZZY\}|issuing_authority_sub_check\./.test(key))
          continue;
        const label = describeField(key)?.label;
        expect(label, key).toBeDefined();
        expect(html, `${key} → ${label}`).toContain(label!);
      }
  });

  it('shows which SDKs cannot send a field', () => {
    const html = text(render(toggleCheck(emptySpec(), 'FACE_COMPARISON', true)));
    expect(html).toContain('Not in Python');
  });

  it('shows a switch for every notification topic when notifications are on', () => {
    const html = text(
      render({ ...emptySpec(), notifications: { endpoint: 'https://x.test/hook', topics: [] } }),
    );
    const entry = describeField('notifications.topics');
    for (const t of TOPICS) expect(html).toContain(entry?.values?.[t]?.label ?? t);
  });

  it('puts a finding message under the field it is about', () => {
    const html = text(render({ ...emptySpec(), client_session_token_ttl: 100 }));
    expect(html).toContain('The session token must live more than 300 seconds');
  });
});
