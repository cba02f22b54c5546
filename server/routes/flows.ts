import express, { Router, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import {
  buildFlowFile,
  createFlowBody,
  duplicateBody,
  exportQuery,
  importBody,
  listQuery,
  patchFlowBody,
  publishBody,
  saveVersionBody,
  serializeFlowFile,
  slugOf,
} from '../../src/flows/index';
import { ApiError, parseOr400 } from '../http/errors';
import { validSpecOr400 } from '../http/spec-body';
import type { FlowFileStore } from '../store/flow-files';
import type { FlowStore } from '../store/flows';
import { importFiles } from './flow-import';

export type FlowsDeps = {
  flows: FlowStore;
  files: FlowFileStore;
  now: () => number;
  /** Same-origin JSON check for state-changing routes. */
  guard: RequestHandler;
};

const flowId = z.uuid('not a flow id (flow ids are UUIDs)');
const versionNumber = z.coerce.number().int().min(1);
const deleteQuery = z.object({
  confirm: z.string({ error: "add ?confirm= with the flow's exact name" }),
});

/** express.json with a 413 that names the limit. */
function jsonBody(limit: string, label: string, what: string): RequestHandler {
  const parse = express.json({ limit });
  return (req, res, next) =>
    parse(req, res, (error?: unknown) => {
      const tooLarge = (error as { type?: unknown } | undefined)?.type === 'entity.too.large';
      next(
        tooLarge
          ? new ApiError(413, 'body_too_large', `${what} is larger than the ${label} limit.`)
          : error,
      );
    });
}
const json = jsonBody('1mb', '1 MB', 'The request body');
const importJson = jsonBody('5mb', '5 MB', 'The import (all files together, as JSON)');

/** Sends `text` as a JSON file download. */
function sendFile(res: Response, fileName: string, text: string) {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.send(text);
}

/** /api/flows: saved flows, their versions, export and import. */
export function flowsRouter({ flows, files, now, guard }: FlowsDeps): Router {
  const router = Router();
  const id = (params: { id?: string }) => parseOr400(flowId, params.id, 'flow id');
  const exportedAt = () => new Date(now()).toISOString();

  router.get('/', (req, res) => {
    const { archived } = parseOr400(listQuery, req.query, 'query');
    res.json({ flows: flows.list(archived) });
  });

  router.post('/', guard, json, (req, res) => {
    const body = parseOr400(createFlowBody, req.body, 'request body');
    res.status(201).json(flows.create({ ...body, spec: validSpecOr400(body.spec, 'saving').spec }));
  });

  router.get('/export', (_req, res) => {
    const file = buildFlowFile(files.exportLibrary(), exportedAt());
    sendFile(res, 'idv-studio-library.json', serializeFlowFile(file));
  });

  router.post('/import', guard, importJson, (req, res) => {
    const body = parseOr400(importBody, req.body, 'request body');
    res.status(201).json(importFiles(files, body.files));
  });

  router.get('/:id', (req, res) => {
    res.json(flows.get(id(req.params)));
  });

  router.patch('/:id', guard, json, (req, res) => {
    const flowIdValue = id(req.params);
    const patch = parseOr400(patchFlowBody, req.body, 'request body');
    res.json({ flow: flows.update(flowIdValue, patch) });
  });

  router.delete('/:id', guard, (req, res) => {
    const flowIdValue = id(req.params);
    const { confirm } = parseOr400(deleteQuery, req.query, 'query');
    res.json(flows.remove(flowIdValue, confirm));
  });

  router.post('/:id/versions', guard, json, (req, res) => {
    const flowIdValue = id(req.params);
    const body = parseOr400(saveVersionBody, req.body, 'request body');
    const saved = flows.saveVersion(flowIdValue, {
      ...body,
      spec: validSpecOr400(body.spec, 'saving').spec,
    });
    if (saved.unchanged) res.json(saved);
    else res.status(201).json({ flow: saved.flow, version: saved.version });
  });

  router.get('/:id/versions/:n', (req, res) => {
    const n = parseOr400(versionNumber, req.params.n, 'version number');
    res.json({ version: flows.version(id(req.params), n) });
  });

  router.post('/:id/publish', guard, json, (req, res) => {
    const flowIdValue = id(req.params);
    const { version } = parseOr400(publishBody, req.body, 'request body');
    res.json({ flow: flows.publish(flowIdValue, version) });
  });

  router.post('/:id/duplicate', guard, json, (req, res) => {
    const flowIdValue = id(req.params);
    const { name } = parseOr400(duplicateBody, req.body ?? {}, 'request body');
    res.status(201).json(flows.duplicate(flowIdValue, name));
  });

  router.post('/:id/archive', guard, (req, res) => {
    res.json({ flow: flows.archive(id(req.params)) });
  });
  router.post('/:id/unarchive', guard, (req, res) => {
    res.json({ flow: flows.unarchive(id(req.params)) });
  });
  router.post('/:id/undelete', guard, (req, res) => {
    res.json({ flow: flows.undelete(id(req.params)) });
  });

  router.get('/:id/export', (req, res) => {
    const flowIdValue = id(req.params);
    const { history } = parseOr400(exportQuery, req.query, 'query');
    const flow = files.exportFlow(flowIdValue);
    const file = buildFlowFile([flow], exportedAt(), history === 'true');
    sendFile(res, `${slugOf(flow.name)}.flow.json`, serializeFlowFile(file));
  });

  return router;
}
