/** Helpers that enumerate the places a rule looks at, each with its JSON path. */
import type { JsonPath } from '../findings';
import type { DocumentFilter, SessionSpec } from '../schema';

export interface Located<T> {
  path: JsonPath;
  value: T;
  /** Which vocabulary the document types here come from. */
  documentKind: 'ID_DOCUMENT' | 'SUPPLEMENTARY_DOCUMENT';
}

/** Every document filter in the spec: required documents, issuing-authority sub-checks, schemes. */
export function filtersOf(spec: SessionSpec): Located<DocumentFilter>[] {
  const out: Located<DocumentFilter>[] = [];
  spec.required_documents.forEach((doc, i) => {
    if (doc.filter)
      out.push({
        path: ['required_documents', i, 'filter'],
        value: doc.filter,
        documentKind: doc.type,
      });
  });
  spec.requested_checks.forEach((c, i) => {
    if (c.type !== 'ID_DOCUMENT_AUTHENTICITY') return;
    const f = c.config.issuing_authority_sub_check?.filter;
    const path = ['requested_checks', i, 'config', 'issuing_authority_sub_check', 'filter'];
    if (f) out.push({ path, value: f, documentKind: 'ID_DOCUMENT' });
  });
  spec.advanced_identity_profile_requirements?.profiles.forEach((p, pi) =>
    p.schemes.forEach((s, si) => {
      const f = s.config?.filter;
      const path = [
        'advanced_identity_profile_requirements',
        'profiles',
        pi,
        'schemes',
        si,
        'config',
        'filter',
      ];
      if (f) out.push({ path, value: f, documentKind: 'ID_DOCUMENT' });
    }),
  );
  return out;
}

/** Every list of country codes, and every list of document types, with their paths. */
export function codeListsOf(spec: SessionSpec): {
  countries: { path: JsonPath; codes: string[] }[];
  documentTypes: Located<string[]>[];
} {
  const countries: { path: JsonPath; codes: string[] }[] = [];
  const documentTypes: Located<string[]>[] = [];
  for (const { path, value: f, documentKind } of filtersOf(spec)) {
    if (f.type === 'ORTHOGONAL_RESTRICTIONS') {
      if (f.country_restriction)
        countries.push({
          path: [...path, 'country_restriction', 'country_codes'],
          codes: f.country_restriction.country_codes,
        });
      if (f.type_restriction)
        documentTypes.push({
          path: [...path, 'type_restriction', 'document_types'],
          value: f.type_restriction.document_types,
          documentKind,
        });
    } else {
      f.documents.forEach((d, k) => {
        if (d.country_codes)
          countries.push({
            path: [...path, 'documents', k, 'country_codes'],
            codes: d.country_codes,
          });
        if (d.document_types)
          documentTypes.push({
            path: [...path, 'documents', k, 'document_types'],
            value: d.document_types,
            documentKind,
          });
      });
    }
  }
  spec.required_documents.forEach((d, i) => {
    if (d.type !== 'SUPPLEMENTARY_DOCUMENT') return;
    if (d.country_codes)
      countries.push({ path: ['required_documents', i, 'country_codes'], codes: d.country_codes });
    if (d.document_types)
      documentTypes.push({
        path: ['required_documents', i, 'document_types'],
        value: d.document_types,
        documentKind: 'SUPPLEMENTARY_DOCUMENT',
      });
  });
  return { countries, documentTypes };
}

export const hasCheck = (spec: SessionSpec, type: string): boolean =>
  spec.requested_checks.some((c) => c.type === type);
export const hasTask = (spec: SessionSpec, type: string): boolean =>
  spec.requested_tasks.some((t) => t.type === type);

/** Values that occur more than once, with the index of each repeat. */
export function repeats<T>(values: readonly T[]): { value: T; index: number }[] {
  const seen = new Set<T>();
  const out: { value: T; index: number }[] = [];
  values.forEach((value, index) => {
    if (seen.has(value)) out.push({ value, index });
    seen.add(value);
  });
  return out;
}
