import Button from '@mui/material/Button';
import { useStudioApi } from '@/app/store/context';
import { downloadFile } from './browser-files';
import { exportFileFor } from './export-file';
import type { ToolbarButtonProps } from './toolbar-button';

/** "Download JSON": saves the current spec as `idv-session-spec.json`. */
export function DownloadJsonButton(props: ToolbarButtonProps) {
  const api = useStudioApi();
  const download = () => {
    const { spec, textOrigin, notify } = api.getState();
    downloadFile(exportFileFor(spec));
    if (textOrigin === 'typed-invalid')
      notify({
        severity: 'warning',
        message: 'Downloaded the last valid spec: the text in the JSON editor has errors.',
      });
  };
  return (
    <Button {...props} onClick={download}>
      Download JSON
    </Button>
  );
}
