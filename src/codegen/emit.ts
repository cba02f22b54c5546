/** Helpers the generators share: walking a spec object's keys with its coverage gaps. */
import type { JsonPath, SessionSpec } from '../spec/index';
import { note, type Step } from './chain';
import { gapsFor } from './coverage';
import type { Gap, Lang } from './types';

/** Step makers for the keys of `T`, each given the key's value and path. */
export type Handlers<T> = {
  [K in keyof T]?: (value: NonNullable<T[K]>, at: JsonPath) => Step[];
};

const same = (a: JsonPath, b: JsonPath) => a.length === b.length && a.every((s, i) => s === b[i]);
const within = (p: JsonPath, root: JsonPath) =>
  p.length >= root.length && root.every((s, i) => s === p[i]);

/** One per generated snippet: the spec, its gaps for the language, and the walking helpers. */
export class Emitter {
  readonly gaps: Gap[];

  constructor(
    readonly spec: SessionSpec,
    readonly lang: Lang,
  ) {
    this.gaps = gapsFor(spec, lang);
  }

  /** The dropped or raw gap at `path` or above it, if any. */
  omitted(path: JsonPath): Gap | undefined {
    return this.gaps.find((g) => g.kind !== 'changed' && within(path, g.at));
  }

  /** Comment notes for the gaps exactly at `path` (none for raw ones, which carry their own). */
  notesAt(path: JsonPath): Step[] {
    return this.gaps
      .filter((g) => same(g.at, path) && g.kind !== 'raw')
      .map((g) => note(noteText(g)));
  }

  /**
   * The steps for each key of `obj` in spec order: a note for what the language cannot send,
   * the handler's steps otherwise. A key without a handler is a bug in the generator.
   */
  fields<T extends object>(obj: T, path: JsonPath, handlers: Handlers<T>): Step[] {
    const steps: Step[] = [];
    const record = obj as Record<string, unknown>;
    const keys = [...Object.keys(handlers), ...Object.keys(obj).filter((k) => !(k in handlers))];
    for (const key of keys) {
      const value = record[key];
      if (value === undefined) continue;
      const at = [...path, key];
      steps.push(...this.notesAt(at));
      if (this.omitted(at)) continue;
      const handler = handlers[key as keyof T];
      // A discriminator is expressed by the choice of builder.
      if (!handler && key === 'type') continue;
      if (!handler) throw new Error(`codegen(${this.lang}): no handler for ${at.join('.')}`);
      steps.push(...handler(value as NonNullable<T[keyof T]>, at));
    }
    return steps;
  }

  /** The steps for each element of a list, skipping (with a note) what cannot be sent. */
  items<T>(list: readonly T[], path: JsonPath, each: (item: T, at: JsonPath) => Step[]): Step[] {
    return list.flatMap((item, i) => {
      const at = [...path, i];
      const notes = this.notesAt(at);
      return this.omitted(at) ? notes : [...notes, ...each(item, at)];
    });
  }
}

/** `Not sent: Dark mode (sdk_config.dark_mode): the Node SDK has no builder for it`. */
export function noteText(g: Gap): string {
  const verb =
    g.kind === 'dropped' ? 'Not sent' : g.kind === 'raw' ? 'Sent as raw JSON' : 'Changed';
  return `${verb}: ${g.label} (${g.path}): ${g.reason}`;
}
