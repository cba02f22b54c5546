/** Hard rules on single values (reference §13 1–13): each finding here is an error. */
import { isCountryCode } from '../countries';
import { finding, type Finding } from '../findings';
import type { SessionSpec } from '../schema';
import { DAY, IMPORT_TOKEN_TTL_RANGE, MIN_RESOURCES_TTL, MIN_TOKEN_TTL } from './constants';
import { codeListsOf, filtersOf } from './locate';

const HEX = /^#(?:[0-9a-fA-F]{3}){1,2}$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

export function sessionTimes(spec: SessionSpec): Finding[] {
  const out: Finding[] = [];
  const ttl = spec.client_session_token_ttl;
  if (ttl !== undefined && ttl <= MIN_TOKEN_TTL)
    out.push(
      finding(
        'error',
        'ttl.too_short',
        ['client_session_token_ttl'],
        `The session token must live more than ${MIN_TOKEN_TTL} seconds (5 minutes); ${ttl} is too short. Use at least 900 (15 minutes).`,
        {
          label: 'Set to 900 seconds (15 minutes)',
          action: { op: 'set', path: ['client_session_token_ttl'], value: 900 },
        },
      ),
    );
  if (ttl !== undefined && spec.session_deadline !== undefined)
    out.push(
      finding(
        'error',
        'ttl.deadline_conflict',
        ['session_deadline'],
        'Use either client_session_token_ttl or session_deadline, not both: Yoti rejects the combination. Remove one of them.',
        { label: 'Remove session_deadline', action: { op: 'remove', path: ['session_deadline'] } },
      ),
    );
  const deadline = spec.session_deadline;
  if (deadline !== undefined && (!RFC3339.test(deadline) || Number.isNaN(Date.parse(deadline))))
    out.push(
      finding(
        'error',
        'deadline.invalid',
        ['session_deadline'],
        `"${deadline}" is not an RFC 3339 date-time. Write it like 2026-12-31T23:59:00Z.`,
      ),
    );
  const res = spec.resources_ttl;
  if (res !== undefined) {
    const min = Math.max(MIN_RESOURCES_TTL, (ttl ?? 0) + DAY);
    if (res < min) {
      const why =
        res < MIN_RESOURCES_TTL
          ? 'at least 86400 seconds (1 day)'
          : `at least client_session_token_ttl + 86400 = ${min} seconds`;
      out.push(
        finding(
          'error',
          'resources_ttl.too_short',
          ['resources_ttl'],
          `resources_ttl must be ${why}; ${res} is too short.`,
          {
            label: `Raise to ${min} seconds`,
            action: { op: 'set', path: ['resources_ttl'], value: min },
          },
        ),
      );
    }
  }
  const imp = spec.import_token?.ttl;
  const [lo, hi] = IMPORT_TOKEN_TTL_RANGE;
  if (imp !== undefined && (imp < lo || imp > hi))
    out.push(
      finding(
        'error',
        'import_token.ttl_range',
        ['import_token', 'ttl'],
        `import_token.ttl must be between ${lo} (30 days) and ${hi} (365 days) seconds; ${imp} is outside.`,
      ),
    );
  return out;
}

export function checkValues(spec: SessionSpec): Finding[] {
  const out: Finding[] = [];
  spec.requested_checks.forEach((c, i) => {
    const cfg = ['requested_checks', i, 'config'];
    if (c.type === 'LIVENESS' && c.config.max_retries !== undefined && c.config.max_retries < 1)
      out.push(
        finding(
          'error',
          'liveness.max_retries',
          [...cfg, 'max_retries'],
          `max_retries must be at least 1 (Yoti recommends 3); ${c.config.max_retries} is not allowed.`,
        ),
      );
    if (c.type !== 'WATCHLIST_ADVANCED_CA') return;
    const ca = c.config;
    const m = ca.matching_strategy;
    if (m?.type === 'FUZZY' && !(m.fuzziness >= 0 && m.fuzziness <= 1))
      out.push(
        finding(
          'error',
          'ca.fuzziness_range',
          [...cfg, 'matching_strategy', 'fuzziness'],
          `fuzziness is a number from 0 to 1 (default 0.5); ${m.fuzziness} is outside.`,
        ),
      );
    if (ca.sources?.type === 'PROFILE' && ca.sources.search_profile.trim() === '')
      out.push(
        finding(
          'error',
          'ca.search_profile_empty',
          [...cfg, 'sources', 'search_profile'],
          'Enter the id of a search profile created in ComplyAdvantage.',
        ),
      );
    if (ca.type === 'WITH_CUSTOM_ACCOUNT') {
      if (ca.api_key.trim() === '')
        out.push(
          finding(
            'error',
            'ca.api_key_empty',
            [...cfg, 'api_key'],
            'A custom ComplyAdvantage account needs your ComplyAdvantage API key.',
          ),
        );
      if (ca.client_ref.trim() === '')
        out.push(
          finding(
            'error',
            'ca.client_ref_empty',
            [...cfg, 'client_ref'],
            'A custom ComplyAdvantage account needs a client reference (client_ref).',
          ),
        );
    }
  });
  return out;
}

export function formats(spec: SessionSpec): Finding[] {
  const out: Finding[] = [];
  const sdk = spec.sdk_config;
  for (const key of [
    'primary_colour',
    'secondary_colour',
    'font_colour',
    'primary_colour_dark_mode',
  ] as const) {
    const v = sdk?.[key];
    if (v !== undefined && !HEX.test(v))
      out.push(
        finding(
          'error',
          'colour.invalid',
          ['sdk_config', key],
          `"${v}" is not a hex colour. Write it like #2d9fff.`,
        ),
      );
  }
  const urls: [(string | number)[], string | undefined][] = [
    [['sdk_config', 'success_url'], sdk?.success_url],
    [['sdk_config', 'error_url'], sdk?.error_url],
    [['sdk_config', 'privacy_policy_url'], sdk?.privacy_policy_url],
    [['notifications', 'endpoint'], spec.notifications?.endpoint],
    [['ibv_options', 'guidance_url'], spec.ibv_options?.guidance_url],
  ];
  for (const [path, v] of urls) {
    if (v === undefined) continue;
    if (!isWebUrl(v))
      out.push(
        finding(
          'error',
          'url.invalid',
          path,
          `"${v}" is not an absolute web address. Write it like https://example.com/path.`,
        ),
      );
  }
  const preset = sdk?.preset_issuing_country;
  if (preset !== undefined && !isCountryCode(preset))
    out.push(countryFinding(['sdk_config', 'preset_issuing_country'], preset));
  for (const { path, codes } of codeListsOf(spec).countries)
    codes.forEach((code, j) => {
      if (!isCountryCode(code)) out.push(countryFinding([...path, j], code));
    });
  return out;
}

function isWebUrl(v: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
}

function countryFinding(path: (string | number)[], code: string): Finding {
  const upper = code.toUpperCase();
  const hint = upper !== code && isCountryCode(upper) ? ` Did you mean "${upper}"?` : '';
  return finding(
    'error',
    'country.invalid',
    path,
    `"${code}" is not an ISO 3166-1 alpha-3 country code (three capital letters, e.g. GBR, USA).${hint}`,
  );
}

export function lists(spec: SessionSpec): Finding[] {
  const out: Finding[] = [];
  const sdk = spec.sdk_config;
  if (sdk?.suppressed_screens?.length === 0)
    out.push(
      finding(
        'error',
        'suppressed_screens.empty',
        ['sdk_config', 'suppressed_screens'],
        'suppressed_screens must list at least one screen when present; remove the key to show every screen.',
        {
          label: 'Remove suppressed_screens',
          action: { op: 'remove', path: ['sdk_config', 'suppressed_screens'] },
        },
      ),
    );
  const attempts = sdk?.attempts_configuration?.ID_DOCUMENT_TEXT_DATA_EXTRACTION ?? {};
  for (const [category, n] of Object.entries(attempts))
    if (n < 1)
      out.push(
        finding(
          'error',
          'attempts.too_few',
          ['sdk_config', 'attempts_configuration', 'ID_DOCUMENT_TEXT_DATA_EXTRACTION', category],
          `Attempts for ${category} must be a whole number of at least 1; ${n} is not allowed.`,
        ),
      );
  for (const { path, value: f } of filtersOf(spec)) {
    if (f.type === 'DOCUMENT_RESTRICTIONS' && f.documents.length === 0)
      out.push(
        finding(
          'error',
          'filter.documents_empty',
          [...path, 'documents'],
          'A document-restrictions filter needs at least one entry (a set of countries and/or document types).',
        ),
      );
    if (f.type === 'ORTHOGONAL_RESTRICTIONS') {
      if (f.country_restriction?.country_codes.length === 0)
        out.push(
          finding(
            'error',
            'filter.countries_empty',
            [...path, 'country_restriction', 'country_codes'],
            'List at least one country, or remove country_restriction to allow every country.',
          ),
        );
      if (f.type_restriction?.document_types.length === 0)
        out.push(
          finding(
            'error',
            'filter.types_empty',
            [...path, 'type_restriction', 'document_types'],
            'List at least one document type, or remove type_restriction to allow every type.',
          ),
        );
    }
  }
  spec.advanced_identity_profile_requirements?.profiles.forEach((p, pi) => {
    const base = ['advanced_identity_profile_requirements', 'profiles', pi];
    if (p.schemes.length === 0)
      out.push(
        finding(
          'error',
          'profile.schemes_empty',
          [...base, 'schemes'],
          'Each identity profile needs at least one scheme.',
        ),
      );
    p.schemes.forEach((s, si) => {
      if (s.label.trim() === '')
        out.push(
          finding(
            'error',
            'profile.label_empty',
            [...base, 'schemes', si, 'label'],
            'Give the scheme a label: your own tag, echoed back in the results.',
          ),
        );
    });
  });
  if (spec.advanced_identity_profile_requirements?.profiles.length === 0)
    out.push(
      finding(
        'error',
        'profile.profiles_empty',
        ['advanced_identity_profile_requirements', 'profiles'],
        'Add at least one profile, or remove advanced_identity_profile_requirements.',
      ),
    );
  return out;
}
