/** Soft rules: dependencies between checks, tasks and documents (reference §13, "Soft"). Warnings. */
import { finding, type Finding } from '../findings';
import type { SessionSpec } from '../schema';
import { hasCheck, hasTask, repeats } from './locate';

const ADD_TEXT_EXTRACTION = {
  label: 'Add ID document text extraction',
  action: { op: 'addTask', type: 'ID_DOCUMENT_TEXT_DATA_EXTRACTION' },
} as const;
const ADD_LIVENESS = {
  label: 'Add a liveness check',
  action: { op: 'addCheck', type: 'LIVENESS' },
} as const;

const NEEDS_TEXT: Record<string, string> = {
  WATCHLIST_SCREENING: 'Watchlist screening',
  WATCHLIST_ADVANCED_CA: 'Advanced ComplyAdvantage screening',
  THIRD_PARTY_IDENTITY: 'The third-party identity check',
};

export function dependencies(spec: SessionSpec): Finding[] {
  const out: Finding[] = [];
  const docs = spec.required_documents;
  const idDocs = docs.filter((d) => d.type === 'ID_DOCUMENT').length;
  spec.requested_checks.forEach((c, i) => {
    const at = ['requested_checks', i];
    if (c.type === 'ID_DOCUMENT_FACE_MATCH') {
      if (!hasCheck(spec, 'LIVENESS'))
        out.push(
          finding(
            'warning',
            'dependency.face_match_needs_liveness',
            at,
            'Face match compares the document photo with a live capture: add a liveness check.',
            ADD_LIVENESS,
          ),
        );
      if (docs.length > 0 && idDocs === 0)
        out.push(
          finding(
            'warning',
            'dependency.face_match_needs_id_document',
            at,
            'Face match needs an ID document, but required_documents asks only for supplementary documents. Add an ID document.',
          ),
        );
    }
    if (c.type === 'FACE_COMPARISON' && !hasCheck(spec, 'LIVENESS'))
      out.push(
        finding(
          'warning',
          'dependency.face_comparison_needs_liveness',
          at,
          'Face comparison compares your uploaded face image with a live capture: add a liveness check (Yoti pairs it with STATIC).',
          ADD_LIVENESS,
        ),
      );
    const needsText = NEEDS_TEXT[c.type];
    if (needsText && !hasTask(spec, 'ID_DOCUMENT_TEXT_DATA_EXTRACTION'))
      out.push(
        finding(
          'warning',
          'dependency.needs_text_extraction',
          at,
          `${needsText} needs the name, date of birth and country read from the ID document: add the ID document text extraction task.`,
          ADD_TEXT_EXTRACTION,
        ),
      );
    if (c.type === 'ID_DOCUMENT_COMPARISON' && docs.length < 2)
      out.push(
        finding(
          'warning',
          'dependency.comparison_needs_two_documents',
          at,
          `Document comparison compares two documents, but required_documents lists ${docs.length}. Add at least two.`,
        ),
      );
  });
  spec.requested_tasks.forEach((t, i) => {
    if (
      t.type === 'SUPPLEMENTARY_DOCUMENT_TEXT_DATA_EXTRACTION' &&
      !docs.some((d) => d.type === 'SUPPLEMENTARY_DOCUMENT')
    )
      out.push(
        finding(
          'warning',
          'dependency.supplementary_task_without_document',
          ['requested_tasks', i],
          'Supplementary text extraction only runs on a supplementary document: add one to required_documents (e.g. a proof of address).',
        ),
      );
    if (t.type === 'ID_DOCUMENT_TEXT_DATA_EXTRACTION' && docs.length > 0 && idDocs === 0)
      out.push(
        finding(
          'warning',
          'dependency.id_task_without_document',
          ['requested_tasks', i],
          'ID document text extraction needs an ID document, but required_documents asks only for supplementary documents.',
        ),
      );
  });
  for (const { value, index } of repeats(spec.requested_checks.map((c) => c.type)))
    out.push(
      finding(
        'warning',
        'checks.duplicate',
        ['requested_checks', index],
        `${value} is requested more than once; keep one.`,
        { label: 'Remove the repeat', action: { op: 'remove', path: ['requested_checks', index] } },
      ),
    );
  for (const { value, index } of repeats(spec.requested_tasks.map((t) => t.type)))
    out.push(
      finding(
        'warning',
        'tasks.duplicate',
        ['requested_tasks', index],
        `${value} is requested more than once; keep one.`,
        { label: 'Remove the repeat', action: { op: 'remove', path: ['requested_tasks', index] } },
      ),
    );
  const profile = spec.identity_profile_requirements ?? spec.advanced_identity_profile_requirements;
  if (!profile && spec.requested_checks.length === 0 && spec.requested_tasks.length === 0)
    out.push(
      finding(
        'warning',
        'session.nothing_requested',
        ['requested_checks'],
        'The session requests no checks, no tasks and no identity profile, so it verifies nothing. Switch on at least one check.',
      ),
    );
  return out;
}
