import { Router } from 'express';
import type { EventBus } from '../events';

/** GET /api/events: server-sent `notification` and `session` events, with a heartbeat. */
export function eventsRouter(events: EventBus, heartbeatMs = 20_000): Router {
  const router = Router();
  router.get('/', (_req, res) => {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write('retry: 2000\n\n');
    const beat = setInterval(() => res.write(': ping\n\n'), heartbeatMs);
    const unsubscribe = events.subscribe(
      (event) => {
        const id = event.type === 'notification' ? `id: ${event.data.id}\n` : '';
        res.write(`event: ${event.type}\n${id}data: ${JSON.stringify(event.data)}\n\n`);
      },
      () => res.end(),
    );
    res.on('close', () => {
      clearInterval(beat);
      unsubscribe();
    });
  });
  return router;
}
