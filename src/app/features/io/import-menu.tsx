import Button from '@mui/material/Button';
import { useState } from 'react';
import { useImporter } from './import-context';
import { JsonFileButton } from './json-file-button';
import { PasteJsonDialog } from './paste-json-dialog';
import type { ToolbarButtonProps } from './toolbar-button';

/** "Import JSON…": opens the file picker (.json) and imports the chosen file. */
export function ImportJsonButton(props: ToolbarButtonProps) {
  const { importFile } = useImporter();
  return (
    <JsonFileButton
      {...props}
      testId="import-json-input"
      onFiles={([file]) => void (file && importFile(file))}
    >
      Import JSON…
    </JsonFileButton>
  );
}

/** "Paste JSON…": opens the paste dialog. The text survives until an import is applied. */
export function PasteJsonButton(props: ToolbarButtonProps) {
  const { importText } = useImporter();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const submit = () => {
    setOpen(false);
    if (importText(text) === 'applied') setText('');
  };
  return (
    <>
      <Button {...props} onClick={() => setOpen(true)}>
        Paste JSON…
      </Button>
      <PasteJsonDialog
        open={open}
        text={text}
        onTextChange={setText}
        onImport={submit}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

/** Both import buttons, for the toolbar. Needs an `<ImportProvider>` above. */
export function ImportMenu(props: ToolbarButtonProps) {
  return (
    <>
      <ImportJsonButton {...props} />
      <PasteJsonButton {...props} />
    </>
  );
}
