/** A result value (APPROVE, FAIL, DONE, COMPLETED, …) as a chip coloured by what it means. */
import Chip from '@mui/material/Chip';
import { toneOf } from './results';

export function ValueChip(props: { value: string; detail?: string | undefined; small?: boolean }) {
  const { value, detail, small } = props;
  const tone = toneOf(value);
  return (
    <Chip
      size="small"
      variant={tone === 'default' ? 'outlined' : 'filled'}
      label={detail ? `${value} · ${detail}` : value}
      sx={{ fontWeight: 600, letterSpacing: 0.2, ...(small ? { height: 20, fontSize: 11 } : {}) }}
      color={tone}
    />
  );
}
