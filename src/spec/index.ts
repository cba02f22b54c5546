/** The session-spec core: pure, shared by the browser, the server and the CLI. */
export * from './enums';
export * from './schema';
export * from './findings';
export * from './defaults';
export * from './edits';
export {
  validateSpec,
  validateSpecText,
  type ValidationResult,
  type TextValidationResult,
} from './validate';
export { serializeSpec, canonicalSpec } from './serialize';
export { parseJsonText, toPointer, lineColumnOf, type JsonTextResult } from './json-text';
export * from './countries';
export * from './catalogue/index';
export { sessionSpecJsonSchema, EDITOR_KEYWORDS } from './json-schema';
export { humanDuration } from './duration';
export { diffSpecs, DIFF_SECTIONS, type SpecChange, type SpecChangeKind } from './diff';
export { MASK, maskSpecSecrets, secretPathsOf, isSecretPath } from './secrets';
export { isJsonObject, type JsonObject } from './json-value';
