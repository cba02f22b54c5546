import type { ButtonProps } from '@mui/material/Button';

/** Props the toolbar may pass to any of these buttons (look only: the label and action are fixed). */
export type ToolbarButtonProps = Omit<ButtonProps, 'onClick' | 'children' | 'aria-label'>;
