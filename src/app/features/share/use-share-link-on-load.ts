import { useEffect } from 'react';
import { useStudioApi } from '@/app/store/context';
import { decodeShareLink, hasShareLink } from './share-link';
import { loadedMessage } from './share-messages';

/**
 * On start (and when the fragment changes), loads a spec from `#spec=…` with `replaceSpec`, so the
 * previous draft stays one undo step away. Mount once, inside `StudioProvider`.
 */
export function useShareLinkOnLoad(): void {
  const api = useStudioApi();
  useEffect(() => {
    const load = () => {
      const { hash, pathname, search } = window.location;
      if (!hasShareLink(hash)) return;
      // Cleared before decoding, so a second run (StrictMode, a reload) finds nothing to repeat.
      history.replaceState(history.state, '', `${pathname}${search}`);
      void decodeShareLink(hash).then((r) => {
        const { replaceSpec, notify } = api.getState();
        if (r.kind === 'ok') {
          replaceSpec(r.spec);
          const errors = r.findings.some((f) => f.severity === 'error');
          notify({ severity: errors ? 'warning' : 'success', message: loadedMessage(r.findings) });
        } else if (r.kind === 'invalid') {
          notify({
            severity: 'error',
            message: `Could not load the spec from the share link. ${r.reason}`,
          });
        }
      });
    };
    load();
    window.addEventListener('hashchange', load);
    return () => window.removeEventListener('hashchange', load);
  }, [api]);
}
