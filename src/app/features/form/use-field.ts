/** Binds a form control to the spec at a path: read the meta, write through a pure edit. */
import { useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { getAtPath, removeAtPath, setAtPath, type JsonPath } from '@/spec/index';
import { useStudio, useStudioApi } from '@/app/store/context';
import { fieldMeta, type FieldMeta } from './field-meta';

/**
 * Subscribes to the value at `path` only (edits keep untouched subtrees identical, so unrelated
 * changes do not re-render this field). The schema and catalogue entry are read from the current
 * spec; when a union's `type` above the field changes, the union remounts its children.
 */
export function useField(path: JsonPath): FieldMeta & { set: (value: unknown) => void } {
  const api = useStudioApi();
  const value = useStudio((s) => getAtPath(s.spec, path));
  const key = JSON.stringify(path);
  const set = useCallback(
    (next: unknown) => {
      const p = JSON.parse(key) as JsonPath;
      api
        .getState()
        .apply((s) => (next === undefined ? removeAtPath(s, p) : setAtPath(s, p, next)));
    },
    [api, key],
  );
  return { ...fieldMeta(api.getState().spec, path), value, set };
}

/** Error and warning counts for findings at or under `prefix` (any of several prefixes). */
export function useFindingCounts(prefixes: readonly JsonPath[]): {
  errors: number;
  warnings: number;
} {
  return useStudio(
    useShallow((s) => {
      let errors = 0;
      let warnings = 0;
      for (const f of s.findings) {
        const under = prefixes.some((pre) => pre.every((p, i) => f.path[i] === p));
        if (!under) continue;
        if (f.severity === 'error') errors++;
        else warnings++;
      }
      return { errors, warnings };
    }),
  );
}

/** The first finding message exactly at `path` (shown under the control). */
export function useFindingAt(
  path: JsonPath,
): { severity: 'error' | 'warning'; message: string } | undefined {
  return useStudio(
    useShallow((s) => {
      const f = s.findings.find(
        (x) => x.path.length === path.length && x.path.every((p, i) => p === path[i]),
      );
      return f ? { severity: f.severity, message: f.message } : undefined;
    }),
  );
}
