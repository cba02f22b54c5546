/**
 * A QR code of the launch link, for opening the flow on a phone. The encoder is loaded on first
 * use, so it stays out of the initial bundle.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { QrCodeIcon } from './icons';

/** The link as an SVG data URL, or undefined while encoding. */
function useQrCode(text: string, enabled: boolean): string | undefined {
  const [image, setImage] = useState<{ text: string; url: string }>();
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void import('qrcode')
      .then((qr) => qr.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }))
      .then((svg) => {
        if (live)
          setImage({ text, url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` });
      });
    return () => {
      live = false;
    };
  }, [text, enabled]);
  return image?.text === text ? image.url : undefined;
}

/** Phones cannot reach the computer's loopback address. */
const isLoopback = (url: string) => {
  try {
    return ['localhost', '127.0.0.1', '[::1]'].includes(new URL(url).hostname);
  } catch {
    return false;
  }
};

export function QrCodeButton({ url }: { url: string }) {
  const [open, setOpen] = useState(false);
  const image = useQrCode(url, open);
  return (
    <>
      <Button size="small" startIcon={<QrCodeIcon />} onClick={() => setOpen(true)}>
        QR code for phones
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="qr-title">
        <DialogTitle id="qr-title">Open the user flow on a phone</DialogTitle>
        <DialogContent sx={{ display: 'grid', justifyItems: 'center', gap: 1.5 }}>
          <Typography variant="body2" color="text.secondary">
            Scan the code with the phone&apos;s camera. It opens the same session.
          </Typography>
          <Box sx={{ width: 240, height: 240, display: 'grid', placeItems: 'center' }}>
            {image ? (
              <Box component="img" src={image} alt={`QR code for ${url}`} sx={{ width: 240 }} />
            ) : (
              <Typography variant="body2">Drawing the QR code…</Typography>
            )}
          </Box>
          {isLoopback(url) && (
            <Alert severity="info" sx={{ maxWidth: 360 }}>
              This link points at this computer ({new URL(url).host}), which a phone cannot reach.
              Start the server with PUBLIC_URL set to an address the phone can open.
            </Alert>
          )}
          <Typography
            variant="caption"
            sx={{ fontFamily: 'monospace', wordBreak: 'break-all', maxWidth: 360 }}
          >
            {url}
          </Typography>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Close</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
