import type { DocumentFilter, SessionSpec } from '../../src/spec/index';

type Media = { id: string; type: string; created: string; last_updated: string };
export type Task = {
  type: string;
  id: string;
  state: 'DONE';
  created: string;
  last_updated: string;
  generated_checks: never[];
  generated_media: Media[];
};
type Resource = { id: string; source: { type: 'END_USER' | 'RELYING_BUSINESS' }; tasks: Task[] };
export type IdDocument = Resource & {
  document_type: string;
  issuing_country: string;
  pages: { capture_method: 'CAMERA'; media: Media; frames: never[] }[];
  document_fields?: { media: Media };
  document_id_photo?: { media: Media };
};
export type Resources = {
  id_documents: IdDocument[];
  supplementary_documents: Omit<IdDocument, 'document_id_photo'>[];
  liveness_capture: (Resource & {
    liveness_type: string;
    frames?: { media: Media }[];
    image?: { media: Media };
  })[];
  face_capture: (Resource & { image: { media: Media } })[];
  applicant_profiles: never[];
  share_codes: never[];
};

/** Helpers that stamp ids and times; ids come from `uuid` so tests can make them predictable. */
export type Stamp = { uuid: () => string; at: string };

const media = (s: Stamp, type = 'IMAGE'): Media => ({
  id: s.uuid(),
  type,
  created: s.at,
  last_updated: s.at,
});
const task = (s: Stamp, type: string): Task => ({
  type,
  id: s.uuid(),
  state: 'DONE',
  created: s.at,
  last_updated: s.at,
  generated_checks: [],
  generated_media: [media(s, 'JSON')],
});

/** The first value a WHITELIST filter allows, e.g. its first document type. */
function allowed(
  filter: DocumentFilter | undefined,
  field: 'document_types' | 'country_codes',
): string | undefined {
  if (!filter) return undefined;
  if (filter.type === 'DOCUMENT_RESTRICTIONS')
    return filter.inclusion === 'WHITELIST'
      ? filter.documents.find((d) => d[field]?.length)?.[field]?.[0]
      : undefined;
  if (field === 'document_types') {
    const r = filter.type_restriction;
    return r?.inclusion === 'WHITELIST' ? r.document_types[0] : undefined;
  }
  const r = filter.country_restriction;
  return r?.inclusion === 'WHITELIST' ? r.country_codes[0] : undefined;
}

/** How many ID documents the flow collects: as required, or what the checks need (API default). */
function idDocumentFilters(spec: SessionSpec): (DocumentFilter | undefined)[] {
  const required = spec.required_documents.flatMap((d) =>
    d.type === 'ID_DOCUMENT' ? [d.filter] : [],
  );
  if (required.length > 0) return required;
  if (spec.identity_profile_requirements || spec.advanced_identity_profile_requirements)
    return [undefined];
  const types = new Set(spec.requested_checks.map((c) => c.type));
  if (types.has('ID_DOCUMENT_COMPARISON')) return [undefined, undefined];
  const needsOne =
    [
      'ID_DOCUMENT_AUTHENTICITY',
      'ID_DOCUMENT_FACE_MATCH',
      'THIRD_PARTY_IDENTITY',
      'WATCHLIST_SCREENING',
      'WATCHLIST_ADVANCED_CA',
    ].some((t) => types.has(t as never)) ||
    spec.requested_tasks.some((t) => t.type === 'ID_DOCUMENT_TEXT_DATA_EXTRACTION') ||
    spec.requested_checks.length + spec.required_documents.length === 0;
  return needsOne ? [undefined] : [];
}

/** The resources a user would have provided for this spec (reference §10.2), with their tasks. */
export function provideResources(spec: SessionSpec, s: Stamp): Resources {
  const extract = (type: string) => spec.requested_tasks.some((t) => t.type === type);
  const country = spec.sdk_config?.preset_issuing_country;
  const page = () => [{ capture_method: 'CAMERA' as const, media: media(s), frames: [] }];
  const id_documents = idDocumentFilters(spec).map((filter) => {
    const fields = extract('ID_DOCUMENT_TEXT_DATA_EXTRACTION');
    return {
      id: s.uuid(),
      source: { type: 'END_USER' as const },
      tasks: fields ? [task(s, 'ID_DOCUMENT_TEXT_DATA_EXTRACTION')] : [],
      document_type: allowed(filter, 'document_types') ?? 'PASSPORT',
      issuing_country: allowed(filter, 'country_codes') ?? country ?? 'GBR',
      pages: page(),
      ...(fields
        ? { document_fields: { media: media(s, 'JSON') }, document_id_photo: { media: media(s) } }
        : {}),
    };
  });
  const supplementary_documents = spec.required_documents.flatMap((d) => {
    if (d.type !== 'SUPPLEMENTARY_DOCUMENT') return [];
    const fields = extract('SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION');
    return [
      {
        id: s.uuid(),
        source: { type: 'END_USER' as const },
        tasks: fields ? [task(s, 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION')] : [],
        document_type: d.document_types?.[0] ?? 'UTILITY_BILL',
        issuing_country: d.country_codes?.[0] ?? country ?? 'GBR',
        pages: page(),
        ...(fields ? { document_fields: { media: media(s, 'JSON') } } : {}),
      },
    ];
  });
  const liveness_capture = spec.requested_checks.flatMap((c) =>
    c.type !== 'LIVENESS'
      ? []
      : [
          {
            id: s.uuid(),
            source: { type: 'END_USER' as const },
            tasks: [],
            liveness_type: c.config.liveness_type,
            ...(c.config.liveness_type === 'ZOOM'
              ? { frames: [{ media: media(s) }] }
              : { image: { media: media(s) } }),
          },
        ],
  );
  const face_capture = spec.requested_checks.some((c) => c.type === 'FACE_COMPARISON')
    ? [
        {
          id: s.uuid(),
          source: { type: 'RELYING_BUSINESS' as const },
          tasks: [],
          image: { media: media(s) },
        },
      ]
    : [];
  return {
    id_documents,
    supplementary_documents,
    liveness_capture,
    face_capture,
    applicant_profiles: [],
    share_codes: [],
  };
}

export const noResources = (): Resources => ({
  id_documents: [],
  supplementary_documents: [],
  liveness_capture: [],
  face_capture: [],
  applicant_profiles: [],
  share_codes: [],
});
