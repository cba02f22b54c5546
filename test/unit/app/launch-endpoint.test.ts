import { describe, expect, it } from 'vitest';
import { pointNotificationsAt } from '@/app/features/launch/notification-endpoint';
import type { Notifications, SessionSpec } from '@/spec/index';

const RECEIVER = 'http://localhost:8080/api/notifications/yoti';
const DEFAULTS: Notifications = {
  endpoint: '',
  topics: ['SESSION_COMPLETION'],
  auth_type: 'BEARER',
};
const empty = (): SessionSpec => ({
  requested_checks: [],
  requested_tasks: [],
  required_documents: [],
});

describe('use this app as the notification endpoint', () => {
  it('switches notifications on with the defaults and this app’s receiver', () => {
    expect(pointNotificationsAt(empty(), RECEIVER, DEFAULTS)).toEqual({
      ...empty(),
      notifications: { endpoint: RECEIVER, topics: ['SESSION_COMPLETION'], auth_type: 'BEARER' },
    });
  });

  it('keeps the topics and auth already chosen', () => {
    const spec: SessionSpec = {
      ...empty(),
      notifications: {
        endpoint: 'https://example.com/hook',
        topics: ['CHECK_COMPLETION'],
        auth_type: 'BASIC',
        auth_token: 'user:pass',
      },
    };
    expect(pointNotificationsAt(spec, RECEIVER, DEFAULTS).notifications).toEqual({
      endpoint: RECEIVER,
      topics: ['CHECK_COMPLETION'],
      auth_type: 'BASIC',
      auth_token: 'user:pass',
    });
  });

  it('does not change its input', () => {
    const spec = empty();
    pointNotificationsAt(spec, RECEIVER, DEFAULTS);
    expect(spec).toEqual(empty());
  });

  it('returns the same spec when the endpoint is already this app', () => {
    const spec = pointNotificationsAt(empty(), RECEIVER, DEFAULTS);
    expect(pointNotificationsAt(spec, RECEIVER, DEFAULTS)).toBe(spec);
  });
});
