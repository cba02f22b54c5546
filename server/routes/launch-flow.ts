import type { LaunchFlowRef } from '../../src/flows/index';
import { serializeSpec, type SessionSpec } from '../../src/spec/index';
import { ApiError } from '../http/errors';
import type { LaunchRef } from '../store/flow-queries';
import type { LaunchFlow } from '../store/launches';

const refused = (path: string, problem: string) =>
  new ApiError(400, 'invalid_request', `The request body is not valid: ${path}: ${problem}.`, {
    problems: [`${path}: ${problem}`],
  });

/**
 * What a launch records about the saved flow version it came from: one indexed lookup, and
 * `flow_modified` when the launched spec differs (canonically) from that version's.
 */
export function launchFlowOf(
  lookup: LaunchRef | undefined,
  ref: LaunchFlowRef,
  spec: SessionSpec,
): LaunchFlow {
  const row = lookup?.(ref.id, ref.version);
  if (!row) throw refused('flow.id', 'no saved flow has this id (it may have been deleted)');
  if (row.spec_json === null)
    throw refused('flow.version', `the flow "${row.name}" has no version ${ref.version}`);
  return {
    flow_id: ref.id,
    flow_name: row.name,
    flow_version: ref.version,
    flow_modified: serializeSpec(spec) === row.spec_json ? 0 : 1,
  };
}
