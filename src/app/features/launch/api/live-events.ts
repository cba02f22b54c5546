/** GET /api/events: the server's `notification` and `session` events, parsed, while mounted. */
import { useEffect } from 'react';
import type { LaunchStore } from '../launch-store';
import { deliverySchema, sessionEventSchema } from './schemas';

function parse(text: unknown): unknown {
  try {
    return typeof text === 'string' ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** Feeds server-sent events into the launch store; EventSource reconnects by itself. */
export function useLiveEvents(store: LaunchStore): void {
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/events');
    const state = store.getState;
    source.addEventListener('open', () => state().setLive('open'));
    source.addEventListener('error', () => state().setLive('reconnecting'));
    source.addEventListener('notification', (event) => {
      const data = deliverySchema.safeParse(parse(event.data));
      if (data.success) state().liveEvent({ type: 'notification', data: data.data });
    });
    source.addEventListener('session', (event) => {
      const data = sessionEventSchema.safeParse(parse(event.data));
      if (data.success) state().liveEvent({ type: 'session', data: data.data });
    });
    return () => source.close();
  }, [store]);
}
