/** The one-click "use this app as the notification endpoint" edit. */
import type { Notifications, SessionSpec } from '@/spec/index';

/**
 * Points `notifications.endpoint` at `endpoint`, keeping topics and auth. When notifications are
 * off they are switched on with `whenOff` (the form's defaults) and the endpoint. Returns the same
 * spec when nothing changes, so no empty undo step is recorded.
 */
export function pointNotificationsAt(
  spec: SessionSpec,
  endpoint: string,
  whenOff: Notifications,
): SessionSpec {
  if (spec.notifications?.endpoint === endpoint) return spec;
  return { ...spec, notifications: { ...(spec.notifications ?? whenOff), endpoint } };
}
