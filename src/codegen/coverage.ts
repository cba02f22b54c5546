/**
 * What each language's snippet can send, as a pure function of the spec. The catalogue says which
 * SDKs support each field (reference §2, §12); `RULES` adds what it cannot express: builder limits
 * finer than a field, and defaults an SDK adds on its own. Generators consult the result, so the
 * comments in the code and the UI's badge come from one list.
 */
import {
  SDK_LABELS,
  catalogueKeyOf,
  describeField,
  formatPath,
  sdkList,
  type CatalogueEntry,
  type JsonPath,
  type SessionSpec,
} from '../spec/index';
import type { CoverageItem, Gap, Lang } from './types';

interface Site {
  spec: SessionSpec;
  lang: Exclude<Lang, 'curl'>;
  path: JsonPath;
  value: unknown;
  key: string | undefined;
}

type RuleGap = Pick<Gap, 'kind' | 'reason'> & { label?: string };
type Rule = (s: Site) => RuleGap | undefined;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const last = (p: JsonPath) => p[p.length - 1];
const hasDuplicates = (v: unknown) => Array.isArray(v) && new Set(v).size !== v.length;

const RULES: Rule[] = [
  ({ lang, key, value }) =>
    key === 'requested_checks{LIVENESS}.config.manual_check' &&
    value !== 'NEVER' &&
    (lang === 'php' || lang === 'python' || lang === 'go')
      ? { kind: 'dropped', reason: `the ${SDK_LABELS[lang]} builder can only set NEVER` }
      : undefined,
  ({ lang, key, path }) =>
    lang === 'java' &&
    key === 'sdk_config.attempts_configuration.ID_DOCUMENT_TEXT_DATA_EXTRACTION' &&
    path.length === 4 &&
    !['GENERIC', 'RECLASSIFICATION'].includes(String(last(path)))
      ? {
          kind: 'dropped',
          reason: 'the Java AttemptsConfiguration builder only sets GENERIC and RECLASSIFICATION',
        }
      : undefined,
  ({ lang, key, path }) =>
    lang === 'csharp' &&
    key === 'advanced_identity_profile_requirements.profiles.schemes' &&
    last(path) === 'config'
      ? { kind: 'dropped', label: 'Scheme config', reason: 'the .NET Scheme class has no config' }
      : undefined,
  ({ lang, key, value }) =>
    lang === 'php' &&
    /^requested_checks\{WATCHLIST_ADVANCED_CA\}\.config\{[A-Z_]+\}$/.test(key ?? '') &&
    isObject(value) &&
    (!value.sources || !value.matching_strategy)
      ? {
          kind: 'changed',
          label: 'Advanced CA defaults',
          reason:
            'the PHP builder requires sources and a matching strategy; the snippet sends the Node defaults (TYPE_LIST with no types, EXACT)',
        }
      : undefined,
  ({ lang, key, path }) =>
    key === 'required_documents{SUPPLEMENTARY_DOCUMENT}.objective' && last(path) === 'config'
      ? {
          kind: lang === 'node' ? 'raw' : 'dropped',
          label: 'Objective config',
          reason: 'no SDK builder sends the objective config',
        }
      : undefined,
  ({ lang, path, spec }) =>
    lang !== 'go' &&
    path.length === 3 &&
    path[0] === 'required_documents' &&
    last(path) === 'filter' &&
    spec.required_documents[Number(path[1])]?.type === 'SUPPLEMENTARY_DOCUMENT'
      ? {
          kind: lang === 'node' ? 'raw' : 'dropped',
          label: 'Supplementary document filter',
          reason: 'only the Go SDK can set a filter on a supplementary document',
        }
      : undefined,
  ({ lang, key, value }) =>
    lang === 'php' && key?.endsWith('.allow_non_latin_documents') && value === false
      ? { kind: 'dropped', reason: 'the PHP builder can only allow non-Latin documents' }
      : undefined,
  ({ lang, key, value }) =>
    lang === 'php' && key === 'create_identity_profile_preview' && value === false
      ? { kind: 'dropped', reason: 'the PHP builder can only set true; false is the default' }
      : undefined,
  ...nodeDefaults(),
];

/** Values the Node SDK 4.13.2 builders add or alter on their own. */
function nodeDefaults(): Rule[] {
  const node =
    (test: (s: Site) => boolean, reason: string, label?: string): Rule =>
    (s) =>
      s.lang === 'node' && test(s) ? { kind: 'changed', reason, label } : undefined;
  const caConfig = (s: Site) =>
    /^requested_checks\{WATCHLIST_ADVANCED_CA\}\.config\{[A-Z_]+\}$/.test(s.key ?? '');
  return [
    node(
      (s) =>
        s.key === 'requested_checks{LIVENESS}' &&
        isObject(s.value) &&
        isObject(s.value.config) &&
        s.value.config.max_retries === undefined,
      'the Node builder sends max_retries: 1 when none is set',
      'Liveness max retries',
    ),
    node(
      (s) =>
        caConfig(s) &&
        isObject(s.value) &&
        [
          'remove_deceased',
          'share_url',
          'sources',
          'matching_strategy',
          ...(s.value.type === 'WITH_CUSTOM_ACCOUNT' ? ['monitoring'] : []),
        ].some((k) => isObject(s.value) && s.value[k] === undefined),
      'the Node builder sends remove_deceased/share_url/monitoring false, TYPE_LIST sources and EXACT matching when they are not set',
      'Advanced CA defaults',
    ),
    node(
      (s) => s.key === 'notifications' && isObject(s.value) && s.value.topics === undefined,
      'the Node builder always sends topics (an empty list here)',
      'Notification topics',
    ),
    node(
      (s) =>
        (s.key === 'notifications.topics' ||
          s.key === 'requested_checks{WATCHLIST_SCREENING}.config.categories') &&
        hasDuplicates(s.value),
      'the Node SDK removes duplicate entries',
    ),
    node(
      (s) =>
        s.key === 'requested_checks{WATCHLIST_SCREENING}' &&
        isObject(s.value) &&
        isObject(s.value.config) &&
        s.value.config.categories === undefined,
      'the Node builder always sends categories (an empty list here)',
      'Watchlist categories',
    ),
    node(
      (s) =>
        s.key === 'session_deadline' &&
        typeof s.value === 'string' &&
        nodeDeadline(s.value) !== s.value,
      'the Node SDK sends a Date, in UTC with milliseconds',
    ),
  ];
}

/** The deadline as the Node SDK sends it (`Date#toISOString`), or the text when it is no date. */
export function nodeDeadline(text: string): string {
  const d = new Date(text);
  return Number.isNaN(d.getTime()) ? text : d.toISOString();
}

const unsupported = (lang: Exclude<Lang, 'curl'>, entry: CatalogueEntry) =>
  `the ${SDK_LABELS[lang]} SDK has no builder for it (${sdkList(entry.sdks)} can send it)`;

function labelOf(key: string | undefined, path: JsonPath): string {
  return (key && describeField(key)?.label) || String(last(path) ?? 'Session spec');
}

/** Every gap of `lang` in `spec`, in document order; an unsupported object hides its children. */
export function gapsFor(spec: SessionSpec, lang: Lang): Gap[] {
  if (lang === 'curl') return [];
  const gaps: Gap[] = [];
  const push = (
    path: JsonPath,
    key: string | undefined,
    g: Omit<Gap, 'at' | 'path' | 'label'> & { label?: string },
  ) => gaps.push({ ...g, at: path, path: formatPath(path), label: g.label ?? labelOf(key, path) });
  const visit = (value: unknown, path: JsonPath): void => {
    if (path.length > 0) {
      const key = catalogueKeyOf(path, spec);
      const entry = key === undefined ? undefined : describeField(key);
      if (entry && !entry.sdks.includes(lang)) {
        push(path, key, {
          kind: lang === 'node' ? 'raw' : 'dropped',
          reason: unsupported(lang, entry),
        });
        return;
      }
      const only = typeof value === 'string' ? entry?.values?.[value]?.sdks : undefined;
      if (only && !only.includes(lang))
        push(path, key, {
          kind: lang === 'node' ? 'raw' : 'changed',
          label: `${labelOf(key, path)} ${String(value)}`,
          reason: `the ${SDK_LABELS[lang]} builder can only set ${Object.keys(entry?.values ?? {})
            .filter((v) => !entry?.values?.[v]?.sdks || entry.values[v].sdks.includes(lang))
            .join(', ')}`,
        });
      for (const rule of RULES) {
        const g = rule({ spec, lang, path, value, key });
        if (!g) continue;
        push(path, key, g);
        if (g.kind === 'dropped') return;
      }
    }
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (isObject(value)) for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(spec, []);
  return gaps;
}

/** What `lang` cannot send of `spec` as written: dropped, sent as raw JSON, or altered by the SDK. */
export function coverageFor(spec: SessionSpec, lang: Lang): CoverageItem[] {
  return gapsFor(spec, lang).map(({ path, label, reason, kind }) => ({
    path,
    label,
    reason,
    kind,
  }));
}
