/** Every error and warning; clicking one focuses its field and highlights it in the JSON. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import Typography from '@mui/material/Typography';
import { applyFix } from '@/spec/index';
import { useStudio, useStudioApi } from '@/app/store/context';

export function FindingsPanel() {
  const findings = useStudio((s) => s.findings);
  const api = useStudioApi();
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const title =
    findings.length === 0
      ? 'No problems found'
      : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  return (
    <Box
      component="section"
      aria-labelledby="findings-heading"
      sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, height: '100%' }}
    >
      <Typography
        id="findings-heading"
        component="h2"
        variant="subtitle1"
        sx={{ px: 2, py: 1, fontWeight: 600 }}
      >
        Findings: <span role="status">{title}</span>
      </Typography>
      <List dense aria-label="Findings" sx={{ overflow: 'auto', flex: 1, py: 0 }}>
        {findings.map((f, i) => (
          <ListItem key={`${f.code}-${f.pathText}-${i}`} disablePadding sx={{ display: 'block' }}>
            <ListItemButton
              onClick={() => api.getState().requestFocus(f.path)}
              sx={{ alignItems: 'flex-start', gap: 1 }}
            >
              <Box
                component="span"
                sx={{
                  color: f.severity === 'error' ? 'error.main' : 'warning.main',
                  fontWeight: 700,
                  minWidth: 64,
                  textTransform: 'uppercase',
                  fontSize: 12,
                  pt: '2px',
                }}
              >
                {f.severity}
              </Box>
              <Box component="span" sx={{ minWidth: 0 }}>
                <Typography
                  component="span"
                  variant="body2"
                  sx={{ fontFamily: 'monospace', display: 'block', wordBreak: 'break-all' }}
                >
                  {f.pathText}
                  {f.line !== undefined && ` (line ${f.line}, column ${f.column})`}
                </Typography>
                <Typography component="span" variant="body2" sx={{ display: 'block' }}>
                  {f.message}
                </Typography>
              </Box>
            </ListItemButton>
            {f.fix && (
              <Box sx={{ pl: 11, pb: 1 }}>
                <Button
                  size="small"
                  variant="outlined"
                  onClick={() => f.fix && api.getState().apply((s) => applyFix(s, f.fix!.action))}
                >
                  {f.fix.label}
                </Button>
              </Box>
            )}
          </ListItem>
        ))}
      </List>
    </Box>
  );
}
