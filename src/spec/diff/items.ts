/** The wording of the three lists the form shows as switches: checks, tasks and documents. */
import { describeField } from '../catalogue/index';
import { requestedCheckSchema, requestedTaskSchema } from '../schema';
import { unwrap } from '../schema-walk';
import { z } from 'zod';
import { brief, briefParts, filterParts } from './brief';
import { ordinal, type ItemStyle } from './lists';
import { isJsonObject as isObject } from '../json-value';

const typeOf = (v: unknown): string => (isObject(v) && typeof v.type === 'string' ? v.type : '');
const labelOf = (list: string, v: unknown): string =>
  describeField(`${list}{${typeOf(v)}}`)?.label ?? typeOf(v);

/** The config schema of the check or task option `type`. */
function configSchema(union: z.ZodDiscriminatedUnion, type: string): z.ZodType | undefined {
  for (const o of union.options as z.ZodType[]) {
    const obj = unwrap(o);
    if (obj instanceof z.ZodObject && unwrap(obj.shape.type as z.ZodType).safeParse(type).success)
      return obj.shape.config as z.ZodType;
  }
  return undefined;
}

/** Checks and tasks: "Liveness check added (STATIC, 3 retries)", "Face match check removed". */
function switchStyle(list: string, noun: string, union: z.ZodDiscriminatedUnion): ItemStyle {
  return {
    key: typeOf,
    name: (item, i, all) => `${labelOf(list, item)} ${noun}${ordinal(typeOf, i, all)}`,
    added: (name, item, path, doc) => {
      const config = configSchema(union, typeOf(item));
      const parts =
        config && isObject(item) ? briefParts(config, item.config, [...path, 'config'], doc) : [];
      return `${name} added${brief(parts)}`;
    },
    removed: (name) => `${name} removed`,
  };
}

export const checkStyle = switchStyle('requested_checks', 'check', requestedCheckSchema);
export const taskStyle = switchStyle('requested_tasks', 'task', requestedTaskSchema);

/** What a required document accepts: "PASSPORT, GBR", "PROOF_OF_ADDRESS, UTILITY_BILL". */
function documentParts(doc: unknown): string[] {
  if (!isObject(doc)) return [];
  const objective = isObject(doc.objective) ? doc.objective.type : undefined;
  const lists = [doc.document_types, doc.country_codes].map((l) =>
    Array.isArray(l) && l.length ? l.join('/') : undefined,
  );
  return [objective, ...lists, ...filterParts(doc.filter)].filter(
    (p): p is string => typeof p === 'string',
  );
}

/** "Required document added: ID document (PASSPORT, GBR)". */
export const documentStyle: ItemStyle = {
  key: typeOf,
  name: (item, i, all) => `${labelOf('required_documents', item)}${ordinal(typeOf, i, all)}`,
  added: (name, item) => `Required document added: ${name}${brief(documentParts(item))}`,
  removed: (name, item) => `Required document removed: ${name}${brief(documentParts(item))}`,
};
