/** A one-line summary of what a spec switches on, e.g. "3 checks · 1 task · 1 document". */
import type { SessionSpec } from '@/spec/index';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function summarizeSpec(spec: SessionSpec): string {
  const parts: string[] = [];
  const { requested_checks: checks, requested_tasks: tasks, required_documents: docs } = spec;
  if (checks.length > 0) parts.push(count(checks.length, 'check', 'checks'));
  if (tasks.length > 0) parts.push(count(tasks.length, 'task', 'tasks'));
  if (docs.length > 0) parts.push(count(docs.length, 'document', 'documents'));
  const profile = spec.identity_profile_requirements;
  if (profile) {
    const scheme = [profile.scheme.type, profile.scheme.objective].filter(Boolean).join(' ');
    parts.push(`${profile.trust_framework} ${scheme} identity profile`);
  }
  const advanced = spec.advanced_identity_profile_requirements?.profiles.length ?? 0;
  if (advanced > 0)
    parts.push(count(advanced, 'advanced identity profile', 'advanced identity profiles'));
  return parts.length > 0 ? parts.join(' · ') : 'Nothing requested yet';
}
