/** One switch per requestable check and task (from the catalogue), each expanding to its options. */
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import { memo } from 'react';
import {
  CHECKS,
  TASKS,
  toggleCheck,
  toggleTask,
  type CatalogueItem,
  type CheckType,
  type TaskType,
} from '@/spec/index';
import { useShallow } from 'zustand/react/shallow';
import { useStudio, useStudioApi } from '@/app/store/context';
import { FieldHelp } from '../field-help';
import { fieldId } from '../field-meta';
import { SpecField } from '../spec-field';
import { Section } from './section';

type List = 'requested_checks' | 'requested_tasks';

/** Names for a config that is a choice (the catalogue has no entry for the config itself). */
const CONFIG_LABELS: Partial<Record<string, string>> = {
  WATCHLIST_ADVANCED_CA: 'ComplyAdvantage account',
};

function ItemSwitchInner<T extends CheckType | TaskType>({
  list,
  item,
}: {
  list: List;
  item: CatalogueItem<T>;
}) {
  const api = useStudioApi();
  const index = useStudio((s) =>
    (s.spec[list] as { type: string }[]).findIndex((c) => c.type === item.type),
  );
  const on = index >= 0;
  const toggle = (next: boolean) =>
    api
      .getState()
      .apply((s) =>
        list === 'requested_checks'
          ? toggleCheck(s, item.type as CheckType, next)
          : toggleTask(s, item.type as TaskType, next),
      );
  return (
    <Box
      role="group"
      aria-label={item.entry.label}
      sx={{ border: 1, borderColor: on ? 'primary.main' : 'divider', borderRadius: 1, p: 1.5 }}
    >
      <FormControlLabel
        control={
          <Switch
            // A finding about the whole check (its path ends at the index) focuses the switch.
            id={on ? fieldId([list, index]) : fieldId([list, item.type])}
            checked={on}
            onChange={(e) => toggle(e.target.checked)}
          />
        }
        label={item.entry.label}
      />
      <FieldHelp entry={item.entry} />
      {on && (
        <Box sx={{ display: 'grid', gap: 2, mt: 2, pl: 1 }}>
          <SpecField path={[list, index, 'config']} label={CONFIG_LABELS[item.type]} />
        </Box>
      )}
    </Box>
  );
}

/** Re-renders only when its own check or task changes position or is switched. */
const ItemSwitch = memo(ItemSwitchInner) as typeof ItemSwitchInner;

const names = (items: readonly CatalogueItem<string>[], on: readonly { type: string }[]) =>
  items.filter((i) => on.some((o) => o.type === i.type)).map((i) => i.entry.label);

export function ChecksSection() {
  const on = useStudio(useShallow((s) => names(CHECKS, s.spec.requested_checks)));
  return (
    <Section
      id="checks"
      title="Checks"
      keys={['requested_checks']}
      summary={on.length ? `${on.length} on: ${on.join(', ')}` : 'None'}
      defaultExpanded
    >
      {CHECKS.map((item) => (
        <ItemSwitch key={item.type} list="requested_checks" item={item} />
      ))}
    </Section>
  );
}

export function TasksSection() {
  const on = useStudio(useShallow((s) => names(TASKS, s.spec.requested_tasks)));
  return (
    <Section
      id="tasks"
      title="Tasks"
      keys={['requested_tasks']}
      summary={on.length ? `${on.length} on: ${on.join(', ')}` : 'None'}
    >
      {TASKS.map((item) => (
        <ItemSwitch key={item.type} list="requested_tasks" item={item} />
      ))}
    </Section>
  );
}
