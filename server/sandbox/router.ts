import type { KeyObject } from 'node:crypto';
import express, { Router } from 'express';
import type { EventBus } from '../events';
import type { SandboxSessionStore } from '../store/sandbox-sessions';
import { sandboxApi } from './api';
import { flowRouter } from './flow';
import type { NotifierDeps } from './notify';
import { verifySignature } from './signature';
import { yotiErrorHandler } from './yoti-error';

export type SandboxDeps = {
  store: SandboxSessionStore;
  /** SDK id → public key of the applications the sandbox accepts. */
  clients: ReadonlyMap<string, KeyObject>;
  events: EventBus;
  now: () => number;
  notifier: NotifierDeps;
};

/**
 * The local IDV emulator, mounted at /sandbox/idverify/v1: the signed API (as Yoti's, with its
 * error shape) and the user flow under /web.
 */
export function createSandbox(deps: SandboxDeps): Router {
  const router = Router();
  router.use('/web', flowRouter(deps));
  router.use(
    express.raw({ type: () => true, limit: '1mb' }),
    verifySignature({ clients: deps.clients, now: deps.now }),
    sandboxApi(deps),
  );
  router.use(yotiErrorHandler);
  return router;
}
