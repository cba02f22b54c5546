import express, { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { ApiError, parseOr400 } from '../http/errors';
import type { Receiver } from '../notifications/receiver';
import { deliveryView, type DeliveryStore } from '../store/deliveries';

export type NotificationsDeps = {
  receiver: Receiver;
  deliveries: DeliveryStore;
  guard: RequestHandler;
};

const listQuery = z.object({
  session_id: z.string().min(1).max(128).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
const deliveryId = z.coerce.number().int().min(1);

/** /api/notifications: Yoti's receiver (`POST /yoti`), the inbox, and replays. */
export function notificationsRouter({ receiver, deliveries, guard }: NotificationsDeps): Router {
  const router = Router();

  // Any content type is read as text, so malformed deliveries are recorded too.
  router.post('/yoti', express.text({ type: () => true, limit: '1mb' }), (req, res) => {
    const body = typeof req.body === 'string' ? req.body : '';
    const delivery = receiver.receive(req.headers, body);
    res
      .status(delivery.status ?? 200)
      .json({ id: delivery.id, verdict: delivery.verdict, message: delivery.reason });
  });

  router.get('/', (req, res) => {
    const query = parseOr400(listQuery, req.query, 'query');
    res.json({ notifications: deliveries.list(query.session_id, query.limit).map(deliveryView) });
  });

  router.post('/:id/replay', guard, (req, res) => {
    const id = parseOr400(deliveryId, req.params.id, 'notification id');
    const replayed = receiver.replay(id);
    if (!replayed) throw new ApiError(404, 'not_found', `No notification ${id} is stored.`);
    res.json({ notification: deliveryView(replayed) });
  });

  return router;
}
