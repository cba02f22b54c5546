/**
 * The import flow shared by the file picker, drag and drop, and paste: every input goes through
 * `prepareImport`, and input with errors waits in one review dialog until the user decides.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useStudioApi } from '@/app/store/context';
import { readFileText } from './browser-files';
import { FileDropZone } from './file-drop-zone';
import { ImportReviewDialog } from './import-review-dialog';
import {
  countFindings,
  importedMessage,
  prepareImport,
  type ImportPreparation,
} from './prepare-import';

/** What became of an import: applied now, waiting for the review dialog, or refused. */
export type ImportOutcome = 'applied' | 'review' | 'refused';

export interface Importer {
  /** Imports text (pasted, or read from `fileName`). */
  importText: (text: string, fileName?: string) => ImportOutcome;
  /** Reads a picked file (refusing one over 5 MB) and imports it. */
  importFile: (file: File) => Promise<ImportOutcome>;
}

type Review = Extract<ImportPreparation, { kind: 'has-findings' }>;

const ImportContext = createContext<Importer | null>(null);

/** The importer, for buttons; needs an `<ImportProvider>` above. */
export function useImporter(): Importer {
  const importer = useContext(ImportContext);
  if (!importer) throw new Error('useImporter: no <ImportProvider> above this component');
  return importer;
}

export interface ImportProviderProps {
  children: ReactNode;
  /** Accept files dropped anywhere on the window (default true). Mount one provider with it. */
  fileDrop?: boolean;
}

/** Mount once inside `StudioProvider`: owns the review dialog and window-wide file drops. */
export function ImportProvider({ children, fileDrop = true }: ImportProviderProps) {
  const api = useStudioApi();
  const [review, setReview] = useState<Review | null>(null);

  const importText = useCallback(
    (text: string, fileName?: string): ImportOutcome => {
      const prep = prepareImport(text, fileName);
      const { notify, replaceSpec } = api.getState();
      if (prep.kind === 'refused') {
        notify({ severity: 'error', message: prep.message });
        return 'refused';
      }
      if (prep.kind === 'has-findings') {
        setReview(prep);
        return 'review';
      }
      replaceSpec(prep.spec);
      notify({
        severity: prep.warnings.length > 0 ? 'warning' : 'success',
        message: importedMessage(prep.source, prep.warnings),
      });
      return 'applied';
    },
    [api],
  );

  const importFile = useCallback(
    async (file: File): Promise<ImportOutcome> => {
      const read = await readFileText(file);
      if (read.ok) return importText(read.text, file.name);
      api.getState().notify({ severity: 'error', message: read.message });
      return 'refused';
    },
    [api, importText],
  );

  const confirm = () => {
    if (!review) return;
    const { notify, replaceSpec, setText, setRightPanel } = api.getState();
    if (review.spec) {
      replaceSpec(review.spec);
      notify({ severity: 'warning', message: importedMessage(review.source, review.findings) });
    } else {
      setText(review.text);
      setRightPanel('json');
      notify({
        severity: 'warning',
        message: `Put ${review.source} in the JSON editor (${countFindings(review.findings)}); the form keeps the last valid spec.`,
      });
    }
    setReview(null);
  };

  const importer = useMemo(() => ({ importText, importFile }), [importText, importFile]);
  return (
    <ImportContext.Provider value={importer}>
      {children}
      {fileDrop && <FileDropZone onText={importText} />}
      {review && (
        <ImportReviewDialog
          source={review.source}
          findings={review.findings}
          replacesSpec={review.spec !== undefined}
          onConfirm={confirm}
          onCancel={() => setReview(null)}
        />
      )}
    </ImportContext.Provider>
  );
}
