import Button from '@mui/material/Button';
import { useStudioApi } from '@/app/store/context';
import { serializeSpec } from '@/spec/index';
import { copyText } from './clipboard';
import type { ToolbarButtonProps } from './toolbar-button';

/** "Copy JSON": copies the serialized spec and says whether it worked. */
export function CopyJsonButton(props: ToolbarButtonProps) {
  const api = useStudioApi();
  const copy = async () => {
    const { spec, textOrigin } = api.getState();
    const ok = await copyText(serializeSpec(spec));
    const { notify } = api.getState();
    if (!ok)
      return notify({
        severity: 'error',
        message: 'Could not copy: the browser blocked the clipboard. Use Download JSON instead.',
      });
    notify(
      textOrigin === 'typed-invalid'
        ? {
            severity: 'warning',
            message: 'Copied the last valid spec: the text in the JSON editor has errors.',
          }
        : { severity: 'success', message: 'Copied the JSON to the clipboard' },
    );
  };
  return (
    <Button {...props} onClick={() => void copy()}>
      Copy JSON
    </Button>
  );
}
