/** Getting specs in and out: templates, import, export, share. */
import { CopyJsonButton } from '@/app/features/io/copy-json-button';
import { DownloadJsonButton } from '@/app/features/io/download-json-button';
import { ImportMenu } from '@/app/features/io/import-menu';
import { ShareButton } from '@/app/features/share/share-button';
import { TemplatesButton } from '@/app/features/templates/template-gallery';

export function SpecActions() {
  const look = { color: 'inherit', size: 'small' } as const;
  return (
    <>
      <TemplatesButton {...look} />
      <ImportMenu {...look} />
      <DownloadJsonButton {...look} />
      <CopyJsonButton {...look} />
      <ShareButton {...look} />
    </>
  );
}
