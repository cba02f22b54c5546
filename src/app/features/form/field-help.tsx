import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { SDK_LABELS, SDKS, type CatalogueEntry } from '@/spec/index';

/** The SDKs that cannot send a field, as shown beside it ("Not in Python, Go"). */
export const missingSdks = (entry: CatalogueEntry | undefined): string[] =>
  entry ? SDKS.filter((s) => !entry.sdks.includes(s)).map((s) => SDK_LABELS[s]) : [];

/** The help line under a control: what it does, which SDKs cannot send it, and any caveat. */
export function FieldHelp({ entry, id }: { entry: CatalogueEntry | undefined; id?: string }) {
  if (!entry) return null;
  const missing = missingSdks(entry);
  return (
    <Box id={id} component="span" sx={{ display: 'block', mt: 0.5 }}>
      <Typography
        component="span"
        variant="caption"
        color="text.secondary"
        sx={{ display: 'block' }}
      >
        {entry.help}
      </Typography>
      {(missing.length > 0 || entry.uncertain) && (
        <Box
          component="span"
          sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 0.5, alignItems: 'center' }}
        >
          {missing.length > 0 && (
            <Chip
              component="span"
              size="small"
              variant="outlined"
              color="warning"
              label={
                missing.length === SDKS.length
                  ? 'No released SDK sends this'
                  : `Not in ${missing.join(', ')}`
              }
            />
          )}
          {entry.uncertain && (
            <Typography component="span" variant="caption" color="info.main">
              Uncertain: {entry.uncertain}
            </Typography>
          )}
        </Box>
      )}
    </Box>
  );
}
