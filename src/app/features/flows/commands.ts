/**
 * What the user does to saved flows, as small functions over the two stores: each calls the API,
 * updates the stores and says what happened in a notice (with Undo where it can be undone).
 * Saving the draft is in save-commands.ts.
 */
import type { StudioStore } from '@/app/store/store';
import type { FlowProblem } from './api/client';
import type { FlowSummary, Version } from './api/schemas';
import { settle, type FlowsStore } from './flows-store';

/** Shows a flow's versions in the Flows view, pointing out version `n`. */
export function showFlowVersion(studio: StudioStore, flows: FlowsStore, id: string, n: number) {
  studio.getState().setRightPanel('flows');
  flows.getState().openFlow(id, n);
}

/** Reads one version; a failure is reported as a notice. */
export async function fetchVersion(
  studio: StudioStore,
  flows: FlowsStore,
  id: string,
  n: number,
): Promise<Version | undefined> {
  return settle(studio, await flows.api.getVersion(id, n), `Could not read v${n}`);
}

/** Makes a version the draft (one undo step), tracked against it; the notice can undo both. */
export async function openInEditor(
  studio: StudioStore,
  flows: FlowsStore,
  flow: Pick<FlowSummary, 'id' | 'name'>,
  n: number,
): Promise<boolean> {
  const version = await fetchVersion(studio, flows, flow.id, n);
  if (!version) return false;
  const before = studio.getState().flow;
  const { openVersion, notify } = studio.getState();
  openVersion({ id: flow.id, name: flow.name, version: n }, version.spec);
  notify({
    severity: 'success',
    message: `Opened "${flow.name}" v${n} in the editor.`,
    action: {
      label: 'Undo',
      run: () => {
        studio.getState().undo();
        studio.getState().trackFlow(before);
      },
    },
  });
  return true;
}

/** Publishes a version (or unpublishes with null). */
export async function publish(
  studio: StudioStore,
  flows: FlowsStore,
  flow: FlowSummary,
  n: number | null,
): Promise<void> {
  const done = settle(studio, await flows.api.publish(flow.id, n), 'Could not publish');
  if (!done) return;
  flows.getState().changed(done);
  studio.getState().notify({
    severity: 'success',
    message:
      n === null
        ? `"${flow.name}" has no published version now.`
        : `Published "${flow.name}" v${n}.`,
  });
}

/** Renames a flow and/or edits its description; answers whether it worked. */
export async function updateFlow(
  studio: StudioStore,
  flows: FlowsStore,
  id: string,
  patch: { name?: string; description?: string },
): Promise<FlowProblem | null> {
  const answer = await flows.api.update(id, patch);
  if (!answer.ok) return answer.problem;
  flows.getState().changed(answer.data);
  studio.getState().renameTrackedFlow(id, answer.data.name);
  studio
    .getState()
    .notify({ severity: 'success', message: `Saved the details of "${answer.data.name}".` });
  return null;
}

/** Copies a flow's latest version into a new flow and shows it. */
export async function duplicate(studio: StudioStore, flows: FlowsStore, flow: FlowSummary) {
  const done = settle(studio, await flows.api.duplicate(flow.id), 'Could not duplicate');
  if (!done) return;
  flows.getState().changed(done.flow);
  flows.getState().openFlow(done.flow.id);
  studio.getState().notify({ severity: 'success', message: `Duplicated as "${done.flow.name}".` });
}

/** Archives (or brings back) a flow; archiving offers Undo. */
export async function setArchived(
  studio: StudioStore,
  flows: FlowsStore,
  flow: FlowSummary,
  archived: boolean,
): Promise<void> {
  const what = archived ? 'Could not archive' : 'Could not restore';
  const done = settle(studio, await flows.api.archive(flow.id, archived), what);
  if (!done) return;
  flows.getState().changed(done);
  studio.getState().notify({
    severity: 'success',
    message: archived ? `Archived "${flow.name}".` : `"${flow.name}" is back in the library.`,
    ...(archived
      ? { action: { label: 'Undo', run: () => void setArchived(studio, flows, done, false) } }
      : {}),
  });
}

/** Deletes an archived flow for good once the undo window passes; the notice offers Undo. */
export async function deleteFlow(
  studio: StudioStore,
  flows: FlowsStore,
  flow: FlowSummary,
  confirmName: string,
): Promise<FlowProblem | null> {
  const answer = await flows.api.remove(flow.id, confirmName);
  if (!answer.ok) return answer.problem;
  flows.getState().forget(flow.id);
  // A draft tracked against the deleted flow could no longer be saved or launched against it.
  const tracked = studio.getState().flow;
  if (tracked?.id === flow.id) studio.getState().trackFlow(null);
  const undo = async () => {
    const back = settle(studio, await flows.api.undelete(flow.id), 'Could not undo the delete');
    if (!back) return;
    if (tracked?.id === flow.id && studio.getState().flow === null)
      studio.getState().trackFlow(tracked);
    flows.getState().changed(back);
    studio
      .getState()
      .notify({ severity: 'success', message: `"${flow.name}" is back (archived).` });
  };
  // The notice (and its Undo) stays for as long as the server keeps the flow.
  const keptMs = Math.max(0, Date.parse(answer.data.undo_until) - Date.now());
  studio.getState().notify({
    severity: 'info',
    message: `Deleted "${flow.name}". You can undo this for ${Math.round(keptMs / 1000)} seconds.`,
    action: { label: 'Undo', run: () => void undo() },
    durationMs: keptMs,
  });
  return null;
}
