import { Router } from 'express';
import type { AppSettings } from '../settings';

/** GET /api/health: status, mode and addresses, for the UI header and the launch form. */
export function healthRouter(settings: AppSettings): Router {
  const router = Router();
  const body = {
    status: 'ok',
    mode: settings.mode,
    apiBaseUrl: settings.apiBaseUrl,
    idvApiUrl: settings.idvApiUrl,
    notificationEndpoint: settings.notificationEndpoint,
  };
  router.get('/', (_req, res) => {
    res.json(body);
  });
  return router;
}
