/** Saved flows: the API shapes and the versioned file format. Pure: zod and src/spec only. */
export * from './api';
export * from './names';
export * from './format';
export { readFlowFile, flowNameFromFile, type ImportedFlow, type ReadResult } from './read';
export { buildFlowFile, serializeFlowFile, slugOf, type ExportFlow } from './write';
