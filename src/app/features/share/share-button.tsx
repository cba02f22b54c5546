import Button, { type ButtonProps } from '@mui/material/Button';
import { useState } from 'react';
import { copyText } from '@/app/features/io/clipboard';
import { useStudioApi } from '@/app/store/context';
import { encodeShareLink } from './share-link';
import { copiedMessage } from './share-messages';

/** "Copy share link": copies a link carrying the spec, secrets removed, and says what was removed. */
export function ShareButton(props: Omit<ButtonProps, 'onClick' | 'children' | 'aria-label'>) {
  const api = useStudioApi();
  const [busy, setBusy] = useState(false);
  const share = async () => {
    setBusy(true);
    try {
      const { url, stripped } = await encodeShareLink(api.getState().spec, window.location.href);
      const copied = await copyText(url);
      api.getState().notify(
        copied
          ? { severity: 'success', message: copiedMessage(stripped, url.length) }
          : {
              severity: 'error',
              message: 'Could not copy the share link: the browser blocked the clipboard.',
            },
      );
    } catch {
      api.getState().notify({
        severity: 'error',
        message: 'Could not make a share link: this browser cannot compress data.',
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button {...props} disabled={busy || props.disabled} onClick={() => void share()}>
      Copy share link
    </Button>
  );
}
