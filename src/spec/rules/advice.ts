/** Soft rules about preferences, retention, notifications and identity profiles. Warnings. */
import {
  LOCALES,
  ID_DOCUMENT_TYPES,
  SUPPLEMENTARY_DOCUMENT_TYPES,
  WATCHLIST_CATEGORIES,
  CA_TYPE_LIST_TYPES,
  TRUST_FRAMEWORKS,
} from '../enums';
import { closest, finding, listOf, type Finding, type JsonPath } from '../findings';
import type { SessionSpec } from '../schema';
import { RECOMMENDED_TOKEN_TTL, RESOURCES_COST_THRESHOLD } from './constants';
import { codeListsOf, repeats } from './locate';

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
const PHONE = /\+?\d[\d\s-]{8,}\d/;

const unknownValue = (
  code: string,
  path: JsonPath,
  value: string,
  known: readonly string[],
  what: string,
): Finding => {
  const near = closest(value, known);
  const hint = near ? ` Did you mean "${near}"?` : '';
  return finding(
    'warning',
    code,
    path,
    `"${value}" is not a known ${what}.${hint} Yoti may reject it.`,
  );
};

export function retention(spec: SessionSpec): Finding[] {
  const out: Finding[] = [];
  const ttl = spec.client_session_token_ttl;
  if (ttl !== undefined && ttl > 300 && ttl < RECOMMENDED_TOKEN_TTL)
    out.push(
      finding(
        'warning',
        'ttl.short',
        ['client_session_token_ttl'],
        `Under 10 minutes left, Yoti's flow warns the user; the docs recommend at least ${RECOMMENDED_TOKEN_TTL} seconds (15 minutes).`,
        {
          label: 'Set to 900 seconds',
          action: { op: 'set', path: ['client_session_token_ttl'], value: RECOMMENDED_TOKEN_TTL },
        },
      ),
    );
  if (spec.resources_ttl !== undefined && spec.resources_ttl > RESOURCES_COST_THRESHOLD)
    out.push(
      finding(
        'warning',
        'resources_ttl.cost',
        ['resources_ttl'],
        'Keeping resources longer than about 3 months (7776000 seconds) may incur extra charges from Yoti.',
      ),
    );
  for (const [key, v] of [
    ['user_tracking_id', spec.user_tracking_id],
    ['subject', spec.subject?.subject_id],
  ] as const)
    if (v !== undefined && (EMAIL.test(v) || PHONE.test(v)))
      out.push(
        finding(
          'warning',
          'pii.suspected',
          key === 'subject' ? ['subject', 'subject_id'] : [key],
          `This looks like personal data (an email address or phone number). Yoti says ${key === 'subject' ? 'subject_id' : key} must not contain PII: use an opaque id.`,
        ),
      );
  if (spec.block_biometric_consent === true)
    out.push(
      finding(
        'warning',
        'consent.blocked',
        ['block_biometric_consent'],
        'Skipping the biometric consent screen has legal implications (US biometric laws such as BIPA in Illinois, Texas, Washington). Only do it if you collect consent yourself.',
      ),
    );
  return out;
}

export function preferences(spec: SessionSpec): Finding[] {
  const out: Finding[] = [];
  const sdk = spec.sdk_config;
  if (sdk?.success_url !== undefined || sdk?.error_url !== undefined)
    out.push(
      finding(
        'warning',
        'sdk_config.redirect_disables_post_message',
        ['sdk_config', sdk.success_url !== undefined ? 'success_url' : 'error_url'],
        'With success_url or error_url set, the flow redirects and sends no postMessage events to your page. Leave both unset if you listen for SUCCESS/ERROR events.',
      ),
    );
  if (sdk?.locale !== undefined && !(LOCALES as readonly string[]).includes(sdk.locale))
    out.push(
      unknownValue('locale.unknown', ['sdk_config', 'locale'], sdk.locale, LOCALES, 'locale'),
    );
  const screens = sdk?.suppressed_screens ?? [];
  if (screens.includes('FLOW_COMPLETION'))
    out.push(
      finding(
        'warning',
        'suppressed_screens.flow_completion',
        ['sdk_config', 'suppressed_screens'],
        'FLOW_COMPLETION can only be skipped in the native SDKs, not on the web. Suppressing screens must also be switched on by Yoti.',
      ),
    );
  if (
    screens.includes('ID_DOCUMENT_REQUIREMENTS') &&
    spec.required_documents.filter((d) => d.type === 'ID_DOCUMENT').length !== 1
  )
    out.push(
      finding(
        'warning',
        'suppressed_screens.requirements',
        ['sdk_config', 'suppressed_screens'],
        'Only skip ID_DOCUMENT_REQUIREMENTS when exactly one ID document is required; otherwise the user is not told what to bring.',
      ),
    );
  for (const [path, url] of [
    [['sdk_config', 'success_url'], sdk?.success_url],
    [['sdk_config', 'error_url'], sdk?.error_url],
    [['sdk_config', 'privacy_policy_url'], sdk?.privacy_policy_url],
    [['notifications', 'endpoint'], spec.notifications?.endpoint],
  ] as const)
    if (url?.startsWith('http://'))
      out.push(
        finding(
          'warning',
          'url.not_https',
          [...path],
          path[0] === 'notifications'
            ? 'Yoti only delivers notifications to HTTPS endpoints (TLS 1.2); plain http works only with the local sandbox.'
            : 'Use an https:// address; the flow runs over HTTPS.',
        ),
      );
  return out;
}

export function vocabulary(spec: SessionSpec): Finding[] {
  const out: Finding[] = [];
  for (const { path, value, documentKind } of codeListsOf(spec).documentTypes) {
    const known = documentKind === 'ID_DOCUMENT' ? ID_DOCUMENT_TYPES : SUPPLEMENTARY_DOCUMENT_TYPES;
    value.forEach((t, j) => {
      if (!(known as readonly string[]).includes(t))
        out.push(
          unknownValue(
            'document_type.unknown',
            [...path, j],
            t,
            known,
            documentKind === 'ID_DOCUMENT' ? 'ID document type' : 'supplementary document type',
          ),
        );
    });
  }
  spec.requested_checks.forEach((c, i) => {
    const cfg = ['requested_checks', i, 'config'];
    if (c.type === 'WATCHLIST_SCREENING') {
      (c.config.categories ?? []).forEach((cat, j) => {
        if (!(WATCHLIST_CATEGORIES as readonly string[]).includes(cat))
          out.push(
            unknownValue(
              'watchlist.category_unknown',
              [...cfg, 'categories', j],
              cat,
              WATCHLIST_CATEGORIES,
              'watchlist category',
            ),
          );
      });
      if ((c.config.categories ?? []).length === 0)
        out.push(
          finding(
            'warning',
            'watchlist.no_categories',
            [...cfg, 'categories'],
            `Choose what to screen against: ${listOf(WATCHLIST_CATEGORIES)}.`,
          ),
        );
    }
    if (c.type === 'WATCHLIST_ADVANCED_CA' && c.config.sources?.type === 'TYPE_LIST')
      c.config.sources.types.forEach((t, j) => {
        if (
          !(CA_TYPE_LIST_TYPES as readonly string[]).includes(t) &&
          !t.startsWith('adverse-media-v2-')
        )
          out.push(
            unknownValue(
              'ca.source_type_unknown',
              [...cfg, 'sources', 'types', j],
              t,
              CA_TYPE_LIST_TYPES,
              'ComplyAdvantage source type',
            ),
          );
      });
  });
  return out;
}

export function notificationsAndProfiles(spec: SessionSpec): Finding[] {
  const out: Finding[] = [];
  const n = spec.notifications;
  if (n) {
    if (n.auth_token !== undefined && n.auth_type === undefined)
      out.push(
        finding(
          'warning',
          'notifications.auth_type_missing',
          ['notifications', 'auth_type'],
          'Set auth_type (BASIC or BEARER): Yoti does not document which one applies when it is left out.',
        ),
      );
    if (n.auth_type !== undefined && !n.auth_token)
      out.push(
        finding(
          'warning',
          'notifications.auth_token_missing',
          ['notifications', 'auth_token'],
          `auth_type is ${n.auth_type} but there is no auth_token, so your endpoint cannot check that calls come from Yoti.`,
        ),
      );
    if (n.auth_type === 'BASIC' && n.auth_token && !n.auth_token.includes(':'))
      out.push(
        finding(
          'warning',
          'notifications.basic_format',
          ['notifications', 'auth_token'],
          'For BASIC auth, write the token as username:password; Yoti base64-encodes it.',
        ),
      );
    if (!n.topics || n.topics.length === 0)
      out.push(
        finding(
          'warning',
          'notifications.no_topics',
          ['notifications', 'topics'],
          'No topics are subscribed, so Yoti sends no notifications. Pick at least SESSION_COMPLETION.',
        ),
      );
    for (const { value, index } of repeats(n.topics ?? []))
      out.push(
        finding(
          'warning',
          'notifications.duplicate_topic',
          ['notifications', 'topics', index],
          `${value} is listed twice; the SDKs send it once.`,
        ),
      );
  }
  const ipr = spec.identity_profile_requirements;
  const hasProfile = ipr !== undefined || spec.advanced_identity_profile_requirements !== undefined;
  if (ipr && !(TRUST_FRAMEWORKS as readonly string[]).includes(ipr.trust_framework))
    out.push(
      unknownValue(
        'profile.trust_framework_unknown',
        ['identity_profile_requirements', 'trust_framework'],
        ipr.trust_framework,
        TRUST_FRAMEWORKS,
        'trust framework',
      ),
    );
  if (hasProfile && !spec.subject)
    out.push(
      finding(
        'warning',
        'profile.subject_missing',
        ['subject'],
        'Identity profiles are usually paired with a subject: add subject.subject_id (an opaque id, no PII).',
      ),
    );
  if (hasProfile && (spec.requested_checks.length > 0 || spec.requested_tasks.length > 0))
    out.push(
      finding(
        'warning',
        'profile.explicit_checks',
        ['requested_checks'],
        'With identity-profile requirements Yoti derives the checks and tasks from the scheme; sessions usually request none explicitly.',
      ),
    );
  if (spec.create_identity_profile_preview && !hasProfile)
    out.push(
      finding(
        'warning',
        'profile.preview_without_profile',
        ['create_identity_profile_preview'],
        'An identity profile preview needs identity-profile requirements to preview.',
      ),
    );
  return out;
}
