/** Lists: sets of values (topics, countries), and items matched by identity (checks, documents). */
import type { z } from 'zod';
import { brief, briefParts } from './brief';
import type { DiffRun, Where } from './types';
// The walk and the lists recurse into each other; both only export functions, so the cycle is safe.
import { diffNode, emit, same } from './walk';
import { nameOf, show, singular } from './words';
import { isJsonObject as isObject } from '../json-value';

const keyOfValue = (v: unknown): string => JSON.stringify(v) ?? 'undefined';

/** The name of one element: 'Topic', 'ID document: document filter › country'. */
const elementName = (w: Where): string =>
  nameOf(w, [...w.chain.slice(0, -1), singular(w.chain.at(-1) ?? 'item')]);

/** Indices of `values` left over once each value of `other` has cancelled one equal value. */
function leftOver(values: readonly unknown[], other: readonly unknown[]): number[] {
  const counts = new Map<string, number>();
  for (const v of other) counts.set(keyOfValue(v), (counts.get(keyOfValue(v)) ?? 0) + 1);
  return values.flatMap((v, i) => {
    const n = counts.get(keyOfValue(v)) ?? 0;
    counts.set(keyOfValue(v), n - 1);
    return n > 0 ? [] : [i];
  });
}

/** Order-free values: each one added or removed, and "reordered" when only the order differs. */
export function diffSet(run: DiffRun, as: unknown[], bs: unknown[], w: Where): void {
  const name = elementName(w);
  const gone = leftOver(as, bs);
  const come = leftOver(bs, as);
  for (const i of gone) emit(run, 'removed', [...w.pathA, i], `${name} ${show(as[i])} removed`);
  for (const i of come) emit(run, 'added', [...w.pathB, i], `${name} ${show(bs[i])} added`);
  if (gone.length + come.length === 0) emit(run, 'changed', w.pathB, `${nameOf(w)} reordered`);
}

/** How the items of one list are matched and named. */
export interface ItemStyle {
  /** Items with equal keys are the same item, changed (after identical items are paired). */
  key(item: unknown): string;
  /** 'Liveness check', 'ID document #2', 'scheme DBS "Basic"'. */
  name(item: unknown, index: number, all: readonly unknown[]): string;
  added(name: string, item: unknown, path: (string | number)[], doc: unknown): string;
  removed(name: string, item: unknown, path: (string | number)[], doc: unknown): string;
}

/** " #2" when more than one item of the list shares the key. */
export function ordinal(
  key: (v: unknown) => string,
  index: number,
  all: readonly unknown[],
): string {
  const k = key(all[index]);
  const same = all.filter((v) => key(v) === k);
  return same.length > 1 ? ` #${all.slice(0, index + 1).filter((v) => key(v) === k).length}` : '';
}

/** The style of a list without its own wording: by type (or framework, name, label), else by position. */
export function plainStyle(run: DiffRun, element: z.ZodType, w: Where): ItemStyle {
  const ident = (v: unknown): string => {
    if (!isObject(v)) return '';
    const id = [v.type, v.trust_framework, v.name].find((x) => typeof x === 'string');
    const label = typeof v.label === 'string' ? JSON.stringify(v.label) : undefined;
    return [id, label].filter((x) => x !== undefined).join(' ');
  };
  const base = elementName(w);
  return {
    key: ident,
    name: (item, i, all) => {
      const id = ident(item);
      return id ? `${base} ${id}${ordinal(ident, i, all)}` : `${base} #${i + 1}`;
    },
    added: (name, item, path, doc) => {
      // Leave out what the name already says.
      const said = ident(item)
        .split(' ')
        .map((x) => x.replace(/^"|"$/g, ''));
      const parts = briefParts(element, item, path, doc).filter(
        (p) => !said.some((x) => x && (p === x || p.endsWith(` ${x}`))),
      );
      return `${name} added${brief(parts)}`;
    },
    removed: (name) => `${name} removed`,
  };
}

/** Pairs identical items first, then items with equal keys, each in list order. */
function match(as: readonly unknown[], bs: readonly unknown[], key: (v: unknown) => string) {
  const pairOf = new Map<number, number>();
  const used = new Set<number>();
  const pass = (eq: (x: unknown, y: unknown) => boolean) =>
    as.forEach((x, ia) => {
      if (pairOf.has(ia)) return;
      const ib = bs.findIndex((y, j) => !used.has(j) && eq(x, y));
      if (ib === -1) return;
      pairOf.set(ia, ib);
      used.add(ib);
    });
  pass(same);
  pass((x, y) => key(x) === key(y));
  return pairOf;
}

/** Items: removed, added, changed field by field (named after the item), then "reordered". */
export function diffItems(
  run: DiffRun,
  element: z.ZodType,
  as: readonly unknown[],
  bs: readonly unknown[],
  w: Where,
  style: ItemStyle = plainStyle(run, element, w),
): void {
  const pairOf = match(as, bs, style.key);
  const pairedFrom = new Map([...pairOf].map(([ia, ib]) => [ib, ia]));
  as.forEach((item, ia) => {
    if (pairOf.has(ia)) return;
    const path = [...w.pathA, ia];
    emit(run, 'removed', path, style.removed(style.name(item, ia, as), item, path, run.a));
  });
  // Then the newer list in its order: each item is either new or changed.
  bs.forEach((item, ib) => {
    const ia = pairedFrom.get(ib);
    const name = style.name(item, ib, bs);
    if (ia === undefined) {
      const path = [...w.pathB, ib];
      return emit(run, 'added', path, style.added(name, item, path, run.b));
    }
    const at: Where = {
      pathA: [...w.pathA, ia],
      pathB: [...w.pathB, ib],
      head: `${name}: `,
      chain: [],
      label: '',
    };
    diffNode(run, element, as[ia], item, at);
  });
  const order = [...pairOf].sort((x, y) => x[0] - y[0]).map(([, ib]) => ib);
  const reordered = order.some((ib, i) => i > 0 && ib < (order[i - 1] as number));
  if (reordered) emit(run, 'changed', w.pathB, `${nameOf(w)} reordered`);
}
