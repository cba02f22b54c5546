/** One switch per requestable check and task (from the catalogue), each expanding to its options. */
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import { CHECKS, TASKS, toggleCheck, toggleTask, type CatalogueItem, type CheckType, type TaskType } from '@/spec/index';
import { useStudio, useStudioApi } from '@/app/store/context';
import { FieldHelp } from '../field-help';
import { fieldId } from '../field-meta';
import { SpecField } from '../spec-field';
import { Section } from './section';

type List = 'requested_checks' | 'requested_tasks';

function ItemSwitch<T extends CheckType | TaskType>({ list, item }: { list: List; item: CatalogueItem<T> }) {
  const api = useStudioApi();
  const index = useStudio((s) => (s.spec[list] as { type: string }[]).findIndex((c) => c.type === item.type));
  const on = index >= 0;
  const toggle = (next: boolean) =>
    api.getState().apply((s) =>
      list === 'requested_checks' ? toggleCheck(s, item.type as CheckType, next) : toggleTask(s, item.type as TaskType, next),
    );
  return (
    <Box sx={{ border: 1, borderColor: on ? 'primary.main' : 'divider', borderRadius: 1, p: 1.5 }}>
      <FormControlLabel
        control={<Switch id={fieldId([list, item.type])} checked={on} onChange={(e) => toggle(e.target.checked)} />}
        label={item.entry.label}
      />
      <FieldHelp entry={item.entry} />
      {on && (
        <Box sx={{ display: 'grid', gap: 2, mt: 2, pl: 1 }} id={fieldId([list, index])} tabIndex={-1}>
          <SpecField path={[list, index, 'config']} />
        </Box>
      )}
    </Box>
  );
}

const names = (items: readonly CatalogueItem<string>[], on: readonly { type: string }[]) =>
  items.filter((i) => on.some((o) => o.type === i.type)).map((i) => i.entry.label);

export function ChecksSection() {
  const checks = useStudio((s) => s.spec.requested_checks);
  const on = names(CHECKS, checks);
  return (
    <Section id="checks" title="Checks" keys={['requested_checks']} summary={on.length ? `${on.length} on: ${on.join(', ')}` : 'None'} defaultExpanded>
      {CHECKS.map((item) => (
        <ItemSwitch key={item.type} list="requested_checks" item={item} />
      ))}
    </Section>
  );
}

export function TasksSection() {
  const tasks = useStudio((s) => s.spec.requested_tasks);
  const on = names(TASKS, tasks);
  return (
    <Section id="tasks" title="Tasks" keys={['requested_tasks']} summary={on.length ? `${on.length} on: ${on.join(', ')}` : 'None'}>
      {TASKS.map((item) => (
        <ItemSwitch key={item.type} list="requested_tasks" item={item} />
      ))}
    </Section>
  );
}
