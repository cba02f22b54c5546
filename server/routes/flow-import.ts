import { readFlowFile, type ImportedFlow } from '../../src/flows/index';
import { finding, type Finding } from '../../src/spec/index';
import { ApiError } from '../http/errors';
import type { FlowFileStore } from '../store/flow-files';

type UploadedFile = { name: string; text: string };

/**
 * Reads every file first; if any has an error nothing is written and the 400 lists each file's
 * findings. Otherwise all flows go in one transaction. Warnings (masked secrets, renames) come
 * back per file.
 */
export function importFiles(store: FlowFileStore, files: readonly UploadedFile[]) {
  const results = files.map((file) => ({ file, result: readFlowFile(file.name, file.text) }));
  const refused = results.filter(({ result }) => !result.ok).length;
  if (refused > 0)
    throw new ApiError(
      400,
      'invalid_import',
      `${refused} of ${files.length} file${files.length === 1 ? '' : 's'} cannot be imported, so nothing was imported. Fix the problems listed for each file, then import again.`,
      {
        files: results.map(({ file, result }) => ({ name: file.name, findings: result.findings })),
      },
    );

  const batch: { fileIndex: number; flowIndex: number; flow: ImportedFlow; bare: boolean }[] = [];
  results.forEach(({ result }, fileIndex) => {
    if (!result.ok) return;
    result.flows.forEach((flow, flowIndex) =>
      batch.push({ fileIndex, flowIndex, flow, bare: result.bare }),
    );
  });
  const { flows, renamed } = store.importFlows(batch.map((b) => b.flow));

  const warnings: Finding[][] = results.map(({ result }) =>
    result.ok ? [...result.findings] : [],
  );
  for (const { index, from, to } of renamed) {
    const entry = batch[index];
    if (!entry) continue;
    const path = entry.bare ? [] : ['flows', entry.flowIndex, 'name'];
    warnings[entry.fileIndex]?.push(
      finding(
        'warning',
        'flow.renamed',
        path,
        `A flow named "${from}" already exists; imported as "${to}".`,
      ),
    );
  }
  return {
    flows,
    warnings: results
      .map(({ file }, i) => ({ file: file.name, findings: warnings[i] ?? [] }))
      .filter((w) => w.findings.length > 0),
  };
}
