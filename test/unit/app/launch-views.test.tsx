import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DeliveryList } from '@/app/features/launch/delivery-list';
import { ResultsBody } from '@/app/features/launch/results-view';
import { StudioProvider } from '@/app/store/context';
import { createStudioStore } from '@/app/store/store';
import type { ReactNode } from 'react';
import { completedResult, delivery } from './launch-fixtures';

const render = (node: ReactNode) =>
  renderToStaticMarkup(<StudioProvider store={createStudioStore()}>{node}</StudioProvider>);
const text = (html: string) =>
  html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('results view', () => {
  it('shows the state, each check with its recommendation and breakdown, tasks and resources', () => {
    const html = render(<ResultsBody result={completedResult()} />);
    const shown = text(html);
    expect(shown).toContain('State COMPLETED');
    expect(shown).toContain('Checks 1 approved · 1 rejected');
    expect(shown).toMatch(
      /Document authenticity ID_ DOCUMENT_ AUTHENTICITY APPROVE document_in_date PASS fraud_list_check PASS/,
    );
    expect(shown).toMatch(/Liveness LIVENESS REJECT · PHOTO_OF_MASK liveness_auth FAIL/);
    expect(shown).toContain('ID document text extraction ID document DONE');
    expect(shown).toContain('ID document PASSPORT issued in GBR END_USER');
    expect(shown).toContain('Liveness capture STATIC liveness END_USER');
    expect(html).toContain('aria-label="Checks"');
  });

  it('says no checks ran yet while the session is ongoing', () => {
    const shown = text(
      render(<ResultsBody result={{ session_id: 's', state: 'ONGOING', checks: [] }} />),
    );
    expect(shown).toContain('No checks have run yet');
    expect(shown).toContain('No resources yet.');
  });
});

describe('delivery list', () => {
  it('names each delivery by topic and verdict, and shows why one was rejected', () => {
    const rejected = delivery(2, {
      verdict: 'rejected-auth',
      status: 401,
      reason: "No Authorization header; expected Bearer with the launch's auth_token.",
      headers: { 'content-type': 'application/json' },
    });
    const html = render(<DeliveryList deliveries={[rejected, delivery(1)]} label="Inbox" />);
    expect(html).toContain(
      'aria-label="Notification #2: Check completed, Rejected: authorization"',
    );
    expect(html).toContain('aria-label="Notification #1: Check completed, Accepted"');
    expect(text(html)).toContain(
      "No Authorization header; expected Bearer with the launch's auth_token.",
    );
    expect(html).toContain('aria-label="Replay notification #2"');
    expect(text(html)).toContain('authorization Bearer ********');
  });
});
