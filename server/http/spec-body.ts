import { validateSpec, type Finding, type SessionSpec } from '../../src/spec/index';
import { ApiError } from './errors';

/**
 * A spec from a request body, validated with the shared validator: the parsed spec with its
 * warnings, or a 400 `invalid_spec` carrying every finding (paths relative to the spec).
 * `purpose` ends the message: "fix them before launching".
 */
export function validSpecOr400(
  value: unknown,
  purpose: string,
): { spec: SessionSpec; findings: Finding[] } {
  const { spec, findings, valid } = validateSpec(value);
  if (valid && spec) return { spec, findings };
  const errors = findings.filter((f) => f.severity === 'error').length;
  throw new ApiError(
    400,
    'invalid_spec',
    `The spec has ${errors} error${errors === 1 ? '' : 's'}; fix ${errors === 1 ? 'it' : 'them'} before ${purpose}.`,
    { findings },
  );
}
