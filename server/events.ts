import type { DeliveryView } from './store/deliveries';

/** What changed about a session, pushed as an SSE `session` event. */
export type SessionEvent = {
  kind: 'created' | 'completed' | 'deleted';
  session_id: string;
  /** ISO 8601. */
  at: string;
};

export type AppEvent =
  { type: 'notification'; data: DeliveryView } | { type: 'session'; data: SessionEvent };

type Listener = (event: AppEvent) => void;

/** In-process publish/subscribe for the SSE stream. */
export function createEventBus() {
  const listeners = new Set<Listener>();
  const closers = new Set<() => void>();
  return {
    publish(event: AppEvent): void {
      for (const listener of listeners) listener(event);
    },
    /** Subscribes; `close` is called on shutdown. Returns the unsubscribe function. */
    subscribe(listener: Listener, close: () => void = () => {}): () => void {
      listeners.add(listener);
      closers.add(close);
      return () => {
        listeners.delete(listener);
        closers.delete(close);
      };
    },
    /** Ends every open stream (graceful shutdown). */
    closeAll(): void {
      for (const close of [...closers]) close();
    },
  };
}

export type EventBus = ReturnType<typeof createEventBus>;
