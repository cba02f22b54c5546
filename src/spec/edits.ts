/**
 * Pure edit operations: `(spec, args) => spec`, never mutating their input (STYLE habit 3).
 * The store calls them; components never build spec objects inline.
 */
import { DEFAULT_CHECKS, DEFAULT_TASKS } from './defaults';
import type { FixAction, JsonPath } from './findings';
import type {
  CheckType,
  DocumentFilter,
  RequestedCheck,
  RequiredDocument,
  SessionSpec,
  TaskType,
} from './schema';
import type { TOPICS } from './enums';

type Container = Record<string | number, unknown> | unknown[];

/** Optional containers that disappear when their last key is removed (never check configs). */
const PRUNABLE = new Set([
  '/sdk_config',
  '/sdk_config/attempts_configuration',
  '/sdk_config/attempts_configuration/ID_DOCUMENT_TEXT_DATA_EXTRACTION',
]);

const shallowCopy = (v: unknown, nextSeg: string | number): Container =>
  Array.isArray(v)
    ? [...v]
    : typeof v === 'object' && v !== null
      ? { ...v }
      : typeof nextSeg === 'number'
        ? []
        : {};

/**
 * Sets the value at `path`, copying every container on the way; `undefined` removes the key (or the
 * array element), and removing the last key of an optional container such as `sdk_config` removes it.
 */
export function setAtPath<T>(doc: T, path: JsonPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...JsonPath];
  const copy = shallowCopy(doc, head);
  const current = (copy as Record<string | number, unknown>)[head];
  const next = rest.length ? setAtPath(current, rest, value) : value;
  if (next === undefined) {
    if (Array.isArray(copy) && typeof head === 'number') copy.splice(head, 1);
    else delete (copy as Record<string | number, unknown>)[head];
  } else (copy as Record<string | number, unknown>)[head] = next;
  return copy as T;
}

/** Reads the value at `path` (undefined when absent). */
export function getAtPath(doc: unknown, path: JsonPath): unknown {
  let cur = doc;
  for (const seg of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/** Removes the value at `path`, pruning optional containers left empty. */
export function removeAtPath<T>(doc: T, path: JsonPath): T {
  let out = setAtPath(doc, path, undefined);
  for (let n = path.length - 1; n > 0; n--) {
    const parent = path.slice(0, n);
    const v = getAtPath(out, parent);
    const pointer = '/' + parent.join('/');
    if (!PRUNABLE.has(pointer) || typeof v !== 'object' || v === null || Object.keys(v).length > 0)
      break;
    out = setAtPath(out, parent, undefined);
  }
  return out;
}

/** Switches a check on (appending its default config, or `config` when given) or off. */
export function toggleCheck(
  spec: SessionSpec,
  type: CheckType,
  on: boolean,
  check?: RequestedCheck,
): SessionSpec {
  const present = spec.requested_checks.some((c) => c.type === type);
  if (on === present) return spec;
  const requested_checks = on
    ? [...spec.requested_checks, check ?? DEFAULT_CHECKS[type]]
    : spec.requested_checks.filter((c) => c.type !== type);
  return { ...spec, requested_checks };
}

/** Switches a task on (with its default config) or off. */
export function toggleTask(spec: SessionSpec, type: TaskType, on: boolean): SessionSpec {
  const present = spec.requested_tasks.some((t) => t.type === type);
  if (on === present) return spec;
  const requested_tasks = on
    ? [...spec.requested_tasks, DEFAULT_TASKS[type]]
    : spec.requested_tasks.filter((t) => t.type !== type);
  return { ...spec, requested_tasks };
}

/** Subscribes to or unsubscribes from a notification topic (needs `notifications` to exist). */
export function toggleTopic(
  spec: SessionSpec,
  topic: (typeof TOPICS)[number],
  on: boolean,
): SessionSpec {
  if (!spec.notifications) return spec;
  const topics = (spec.notifications.topics ?? []).filter((t) => t !== topic);
  if (on) topics.push(topic);
  return { ...spec, notifications: { ...spec.notifications, topics } };
}

/** Adds a required document at `index` (default: the end). */
export function addDocument(
  spec: SessionSpec,
  doc: RequiredDocument,
  index = spec.required_documents.length,
): SessionSpec {
  const required_documents = [...spec.required_documents];
  required_documents.splice(index, 0, doc);
  return { ...spec, required_documents };
}

export function removeDocument(spec: SessionSpec, index: number): SessionSpec {
  return { ...spec, required_documents: spec.required_documents.filter((_, i) => i !== index) };
}

/** Moves a required document from one position to another (the order is the order asked). */
export function moveDocument(spec: SessionSpec, from: number, to: number): SessionSpec {
  const docs = [...spec.required_documents];
  const [doc] = docs.splice(from, 1);
  if (!doc || to < 0 || to > docs.length) return spec;
  docs.splice(to, 0, doc);
  return { ...spec, required_documents: docs };
}

/** Sets or clears (`undefined`) a filter at a path such as `['required_documents', 0, 'filter']`. */
export function setFilter(
  spec: SessionSpec,
  filterPath: JsonPath,
  filter: DocumentFilter | undefined,
): SessionSpec {
  return filter ? setAtPath(spec, filterPath, filter) : removeAtPath(spec, filterPath);
}

/** Appends an entry (`{ country_codes?, document_types? }`) to a DOCUMENT_RESTRICTIONS filter. */
export function addFilterEntry(
  spec: SessionSpec,
  filterPath: JsonPath,
  entry: { country_codes?: string[]; document_types?: string[] },
): SessionSpec {
  const documents = getAtPath(spec, [...filterPath, 'documents']);
  if (!Array.isArray(documents)) return spec;
  return setAtPath(spec, [...filterPath, 'documents'], [...documents, entry]);
}

export function removeFilterEntry(
  spec: SessionSpec,
  filterPath: JsonPath,
  index: number,
): SessionSpec {
  return removeAtPath(spec, [...filterPath, 'documents', index]);
}

/** Applies a finding's one-click fix. */
export function applyFix(spec: SessionSpec, action: FixAction): SessionSpec {
  switch (action.op) {
    case 'addTask':
      return toggleTask(spec, action.type, true);
    case 'addCheck':
      return toggleCheck(spec, action.type, true);
    case 'set':
      return setAtPath(spec, action.path, action.value);
    case 'remove':
      return removeAtPath(spec, action.path);
  }
}
