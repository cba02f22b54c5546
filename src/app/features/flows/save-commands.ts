/**
 * Saving the draft: as the next version of the flow it is tracked against (reporting a stale base
 * with the latest version), or as a new flow.
 */
import type { StudioStore } from '@/app/store/store';
import type { SessionSpec } from '@/spec/index';
import type { FlowProblem } from './api/client';
import { staleDetailsSchema, type Saved, type Version } from './api/schemas';
import { trackedFrom, type FlowsStore } from './flows-store';

export type SaveOutcome =
  | { kind: 'saved'; saved: Saved }
  | { kind: 'stale'; latest: Version }
  | { kind: 'refused'; problem: FlowProblem };

function afterSave(studio: StudioStore, flows: FlowsStore, saved: Saved, spec: SessionSpec) {
  const { trackFlow, notify } = studio.getState();
  trackFlow(trackedFrom(saved, spec));
  flows.getState().changed(saved.flow);
  const n = saved.version.number;
  notify(
    saved.unchanged
      ? {
          severity: 'info',
          message: `No changes since v${n} of "${saved.flow.name}": nothing new saved.`,
        }
      : { severity: 'success', message: `Saved "${saved.flow.name}" v${n}.` },
  );
}

/**
 * Saves the draft as a new version of the flow it is tracked against. `base` overrides the base
 * version (to save on top of a newer one after a conflict).
 */
export async function saveVersion(
  studio: StudioStore,
  flows: FlowsStore,
  message: string,
  base?: number,
): Promise<SaveOutcome> {
  const { spec, flow } = studio.getState();
  if (!flow) throw new Error('saveVersion: the draft is not tracked against a flow');
  const answer = await flows.api.saveVersion(flow.id, {
    base_version: base ?? flow.version,
    spec,
    ...(message.trim() ? { message: message.trim() } : {}),
  });
  if (answer.ok) {
    afterSave(studio, flows, answer.data, spec);
    return { kind: 'saved', saved: answer.data };
  }
  const stale = staleDetailsSchema.safeParse(answer.problem.details);
  if (answer.problem.code === 'stale_version' && stale.success)
    return { kind: 'stale', latest: stale.data.latest };
  return { kind: 'refused', problem: answer.problem };
}

export interface NewFlowFields {
  name: string;
  description: string;
  message: string;
}

/** Saves `spec` as a new flow, v1. With `track`, the draft is then tracked against it. */
export async function createFlow(
  studio: StudioStore,
  flows: FlowsStore,
  fields: NewFlowFields,
  spec: SessionSpec,
  track: boolean,
): Promise<SaveOutcome> {
  const answer = await flows.api.create({
    name: fields.name.trim(),
    description: fields.description.trim(),
    spec,
    ...(fields.message.trim() ? { message: fields.message.trim() } : {}),
  });
  if (!answer.ok) return { kind: 'refused', problem: answer.problem };
  if (track) afterSave(studio, flows, answer.data, spec);
  else {
    flows.getState().changed(answer.data.flow);
    studio
      .getState()
      .notify({ severity: 'success', message: `Created "${answer.data.flow.name}" v1.` });
  }
  return { kind: 'saved', saved: answer.data };
}
