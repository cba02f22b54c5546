/** The browser side of files: saving a download and reading a picked or dropped file. */
import type { ExportFile } from './export-file';
import { sizeProblem } from './prepare-import';

/** Saves text as a download through a temporary `<a download>`. */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.name;
  a.style.display = 'none';
  doc.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoking in the same task can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

/** Reads a file as UTF-8 text, refusing files over the import limit before reading them. */
export async function readFileText(file: File): Promise<ReadResult> {
  const tooLarge = sizeProblem(file.size, file.name);
  if (tooLarge) return { ok: false, message: tooLarge };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return {
      ok: false,
      message: `Could not read "${file.name}". Check that the file still exists.`,
    };
  }
}
