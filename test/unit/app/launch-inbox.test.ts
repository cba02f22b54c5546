import { describe, expect, it } from 'vitest';
import {
  countBySession,
  describeVerdict,
  groupBySession,
  mergeDeliveries,
  prettyBody,
  topicLabel,
} from '@/app/features/launch/inbox';
import { delivery, SESSION } from './launch-fixtures';

describe('notification inbox', () => {
  it('merges new deliveries by id, newest first', () => {
    const merged = mergeDeliveries([delivery(1), delivery(2)], [delivery(3), delivery(2)]);
    expect(merged.map((d) => d.id)).toEqual([3, 2, 1]);
  });

  it('replaces a delivery it already has with the newer copy', () => {
    const merged = mergeDeliveries([delivery(1)], [delivery(1, { verdict: 'rejected-auth' })]);
    expect(merged).toEqual([delivery(1, { verdict: 'rejected-auth' })]);
  });

  it('groups by session in the order of each group’s newest delivery', () => {
    const list = [
      delivery(4, { session_id: 'b' }),
      delivery(3, { session_id: null }),
      delivery(2, { session_id: SESSION }),
      delivery(1, { session_id: 'b' }),
    ];
    expect(groupBySession(list).map((g) => [g.sessionId, g.deliveries.map((d) => d.id)])).toEqual([
      ['b', [4, 1]],
      [null, [3]],
      [SESSION, [2]],
    ]);
  });

  it('counts deliveries per session, leaving out those without one', () => {
    const counts = countBySession([
      delivery(1),
      delivery(2),
      delivery(3, { session_id: 'other' }),
      delivery(4, { session_id: null }),
    ]);
    expect([...counts]).toEqual([
      [SESSION, 2],
      ['other', 1],
    ]);
  });

  it('labels each verdict: accepted, rejected with the reason kind, refused', () => {
    expect(describeVerdict('accepted')).toEqual({ label: 'Accepted', tone: 'success' });
    expect(describeVerdict('rejected-auth')).toEqual({
      label: 'Rejected: authorization',
      tone: 'error',
    });
    expect(describeVerdict('unknown-session').label).toBe('Rejected: unknown session');
    expect(describeVerdict('malformed').label).toBe('Rejected: malformed');
    expect(describeVerdict('refused-ssrf')).toEqual({
      label: 'Refused by the sandbox',
      tone: 'warning',
    });
    expect(describeVerdict('something-new')).toEqual({ label: 'something-new', tone: 'warning' });
  });

  it('labels topics with the catalogue’s names', () => {
    expect(topicLabel('check_completion')).toBe('Check completed');
    expect(topicLabel('session_completion')).toBe('Session completed');
    expect(topicLabel('made_up')).toBe('made_up');
    expect(topicLabel(null)).toBe('No topic');
  });

  it('indents JSON bodies and leaves other bodies as received', () => {
    expect(prettyBody('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyBody('not json')).toBe('not json');
  });
});
