/**
 * The session spec as JSON Schema (draft 2020-12) for the editor: generated from the zod schema,
 * so it accepts exactly what zod accepts, then annotated from the catalogue so that every property
 * carries a title and a description, and every enum value a label (Monaco's `enumDescriptions`).
 */
import { z } from 'zod';
import { catalogue, sdkList } from './catalogue';
import { fieldKey, isBareField, optionKey, unionOptions } from './catalogue/keys';
import { unwrap } from './schema-walk';
import type { CatalogueEntry, CatalogueValue } from './catalogue/types';
import { sessionSpecSchema } from './schema';

type Node = Record<string, unknown>;

/** Non-standard keywords added for Monaco / VS Code; register them with `ajv.addVocabulary`. */
export const EDITOR_KEYWORDS = [
  'markdownDescription',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'defaultSnippets',
] as const;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

function need(v: unknown, where: string): Node {
  if (!isNode(v)) throw new Error(`json-schema: expected a schema at ${where}`);
  return v;
}

function entryOf(key: string): CatalogueEntry {
  const e = catalogue[key];
  if (!e) throw new Error(`json-schema: no catalogue entry for ${key}`);
  return e;
}

function markdown(e: CatalogueEntry): string {
  const lines = [e.help, '', `**SDKs:** ${sdkList(e.sdks)}`];
  if (e.default !== undefined) lines.push('', `**Default:** ${e.default}`);
  if (e.uncertain) lines.push('', `_Note:_ ${e.uncertain}`);
  return lines.join('\n');
}

function describe(js: Node, e: CatalogueEntry, label = e.label): void {
  js.title = label;
  js.description = e.help;
  js.markdownDescription = markdown(e);
}

const valueText = (v: CatalogueValue): string => `${v.label}: ${v.help}`;
const valueMarkdown = (v: CatalogueValue): string =>
  [
    `**${v.label}**: ${v.help}`,
    v.sdks ? ` (${sdkList(v.sdks)})` : '',
    v.uncertain ? ` _${v.uncertain}_` : '',
  ].join('');

/** Labels enum values, or offers a free-string field's known vocabulary as completions. */
function labelValues(js: Node, e: CatalogueEntry | undefined): void {
  const values = e?.values;
  if (!values) return;
  if (Array.isArray(js.enum)) {
    const vs = js.enum.map((v) => values[String(v)]);
    js.enumDescriptions = vs.map((v) => (v ? valueText(v) : ''));
    js.markdownEnumDescriptions = vs.map((v) => (v ? valueMarkdown(v) : ''));
  } else if (js.type === 'string') {
    js.examples = Object.keys(values);
    js.defaultSnippets = Object.entries(values).map(([k, v]) => ({
      label: k,
      description: valueText(v),
      markdownDescription: valueMarkdown(v),
      body: k,
    }));
  }
}

function annotate(js: Node, s: z.ZodType, key: string, where: string): void {
  const u = unwrap(s);
  if (u instanceof z.ZodDiscriminatedUnion) {
    const disc = u._zod.def.discriminator;
    const options = js.oneOf ?? js.anyOf;
    if (!Array.isArray(options)) throw new Error(`json-schema: expected oneOf at ${where}`);
    for (const { tag, option } of unionOptions(u)) {
      const opt = options
        .map((o) => need(o, where))
        .find((o) => {
          const props = isNode(o.properties) ? o.properties : {};
          return isNode(props[disc]) && props[disc].const === tag;
        });
      if (!opt) throw new Error(`json-schema: no option ${tag} at ${where}`);
      const k = optionKey(key, tag);
      describe(opt, entryOf(k));
      annotateObject(opt, option, k, disc, `${where}{${tag}}`);
    }
  } else if (u instanceof z.ZodArray) {
    annotate(need(js.items, where), u.element as z.ZodType, key, `${where}[]`);
  } else if (u instanceof z.ZodObject) {
    annotateObject(js, u, key, undefined, where);
  } else if (u instanceof z.ZodRecord) {
    annotateRecord(js, key);
  } else {
    labelValues(js, catalogue[key]);
  }
}

function annotateObject(
  js: Node,
  o: z.ZodObject,
  key: string,
  disc: string | undefined,
  where: string,
): void {
  const props = need(js.properties, where);
  for (const [field, child] of Object.entries(o.shape as Record<string, z.ZodType>)) {
    const prop = need(props[field], `${where}.${field}`);
    if (field === disc) {
      describe(prop, entryOf(key));
      continue;
    }
    const k = fieldKey(key, field, child);
    if (isBareField(field, disc)) describe(prop, entryOf(key), `${entryOf(key).label} settings`);
    else describe(prop, entryOf(k));
    annotate(prop, child, k, `${where}.${field}`);
  }
}

/** A free-form map whose usual keys are known (attempts categories): offer them as properties. */
function annotateRecord(js: Node, key: string): void {
  const values = catalogue[key]?.values;
  const valueSchema = js.additionalProperties;
  if (!values || !isNode(valueSchema)) return;
  js.properties = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [
      k,
      {
        ...valueSchema,
        title: v.label,
        description: v.help,
        markdownDescription: valueMarkdown(v),
      },
    ]),
  );
}

function build(): Node {
  const js = z.toJSONSchema(sessionSpecSchema, { io: 'input', target: 'draft-2020-12' }) as Node;
  js.title = 'Yoti IDV session specification';
  js.description = 'The JSON body of POST /sessions on the Yoti Identity Verification API';
  annotate(js, sessionSpecSchema, '', '$');
  return js;
}

/** JSON Schema of the `POST /sessions` body, annotated for editor hovers and completion. */
export const sessionSpecJsonSchema: Readonly<Node> = build();
