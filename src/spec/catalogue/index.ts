/**
 * The catalogue (STYLE habit 4): what every field of the session spec means, which SDKs can send
 * it and what its values are. One entry per catalogue key (see `keys.ts`); the form, the JSON
 * Schema for the editor and the findings panel all read it.
 */
import { CHECK_TYPES, DOCUMENT_KINDS, TASK_TYPES } from '../enums';
import type { CheckType, RequiredDocument, TaskType } from '../schema';
import { checksSection } from './checks';
import { documentsSection } from './documents';
import { extensionsSection } from './extensions';
import { filtersSection } from './filters';
import { identityProfileSection } from './identity-profile';
import { schemaKeys } from './keys';
import { notificationsSection } from './notifications';
import { sdkConfigSection } from './sdk-config';
import { sessionSection } from './session';
import { tasksSection } from './tasks';
import type { CatalogueEntry } from './types';

export type { CatalogueEntry, CatalogueSection, CatalogueValue, Sdk } from './types';
export { catalogueKeyOf, schemaKeys } from './keys';
export { SDK_LABELS, sdkList } from './sdks';

/** Every catalogue entry, by catalogue key. */
export const catalogue: Readonly<Record<string, CatalogueEntry>> = {
  ...sessionSection,
  ...notificationsSection,
  ...checksSection,
  ...tasksSection,
  ...sdkConfigSection,
  ...documentsSection,
  ...filtersSection,
  ...identityProfileSection,
  ...extensionsSection,
};

const ORDER = schemaKeys();

/** The entry for a catalogue key, e.g. `requested_checks{LIVENESS}.config.liveness_type`. */
export const describeField = (key: string): CatalogueEntry | undefined =>
  Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;

/** Every catalogue key, in schema (Node SDK) order. */
export const catalogueKeys = (): string[] => ORDER.filter((k) => Object.hasOwn(catalogue, k));

/** One switchable item of a list (a check, a task, a document kind) with its entry and fields. */
export interface CatalogueItem<T extends string> {
  type: T;
  key: string;
  entry: CatalogueEntry;
  /** Catalogue keys of the item's own settings, in schema order (shared filters excluded). */
  fields: string[];
}

function items<T extends string>(list: string, types: readonly T[]): CatalogueItem<T>[] {
  return types.map((type) => {
    const key = `${list}{${type}}`;
    const entry = describeField(key);
    if (!entry) throw new Error(`catalogue: no entry for ${key}`);
    return { type, key, entry, fields: ORDER.filter((k) => k.startsWith(`${key}.`)) };
  });
}

/** The requestable checks in display order; the builder renders one switch per check. */
export const CHECKS: readonly CatalogueItem<CheckType>[] = items('requested_checks', CHECK_TYPES);
/** The requestable tasks in display order. */
export const TASKS: readonly CatalogueItem<TaskType>[] = items('requested_tasks', TASK_TYPES);
/** The kinds of required document in display order. */
export const DOCUMENTS: readonly CatalogueItem<RequiredDocument['type']>[] = items(
  'required_documents',
  DOCUMENT_KINDS,
);
