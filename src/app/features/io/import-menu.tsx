import Button from '@mui/material/Button';
import { useRef, useState } from 'react';
import { useImporter } from './import-context';
import { PasteJsonDialog } from './paste-json-dialog';
import type { ToolbarButtonProps } from './toolbar-button';

/** "Import JSON…": opens the file picker (.json) and imports the chosen file. */
export function ImportJsonButton(props: ToolbarButtonProps) {
  const { importFile } = useImporter();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button {...props} onClick={() => input.current?.click()}>
        Import JSON…
      </Button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        tabIndex={-1}
        data-testid="import-json-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // so choosing the same file again still fires
          if (file) void importFile(file);
        }}
      />
    </>
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
