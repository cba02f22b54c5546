import Button, { type ButtonProps } from '@mui/material/Button';
import { useRef } from 'react';

export type JsonFileButtonProps = Omit<ButtonProps, 'onClick'> & {
  /** The hidden input's test id, for browser tests that set files on it. */
  testId: string;
  multiple?: boolean;
  /** The chosen files; not called when none was chosen. */
  onFiles: (files: File[]) => void;
};

/**
 * A button that opens the file picker for JSON files. The input itself stays hidden and out of the
 * tab order (the button is what people use); it is cleared after each choice, so choosing the same
 * file again still fires.
 */
export function JsonFileButton({ testId, multiple, onFiles, ...button }: JsonFileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button {...button} onClick={() => input.current?.click()} />
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        multiple={multiple}
        hidden
        tabIndex={-1}
        data-testid={testId}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
