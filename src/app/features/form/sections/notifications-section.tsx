/** Notifications: endpoint, a switch per topic with its meaning, and the auth Yoti sends. */
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import { describeField, notificationsSchema, TOPICS, toggleTopic } from '@/spec/index';
import { AppEndpointButton } from '@/app/features/launch/app-endpoint-button';
import { useStudio, useStudioApi } from '@/app/store/context';
import { defaultFor } from '../default-value';
import { FieldHelp } from '../field-help';
import { fieldId } from '../field-meta';
import { SpecField } from '../spec-field';
import { useField } from '../use-field';
import { Section } from './section';

function Topics() {
  const topics = useStudio((s) => s.spec.notifications?.topics ?? []);
  const api = useStudioApi();
  const entry = describeField('notifications.topics');
  return (
    <Box
      role="group"
      aria-label="Topics"
      id={fieldId(['notifications', 'topics'])}
      tabIndex={-1}
      sx={{ display: 'grid', gap: 0.5 }}
    >
      <FieldHelp entry={entry} />
      {TOPICS.map((t) => {
        const value = entry?.values?.[t];
        return (
          <Box key={t}>
            <FormControlLabel
              control={
                <Switch
                  checked={topics.includes(t)}
                  onChange={(e) => api.getState().apply((s) => toggleTopic(s, t, e.target.checked))}
                />
              }
              label={value?.label ?? t}
            />
            {value && (
              <FieldHelp
                entry={{
                  label: value.label,
                  help: value.help,
                  sdks: value.sdks ?? entry?.sdks ?? [],
                  ...(value.uncertain ? { uncertain: value.uncertain } : {}),
                }}
              />
            )}
          </Box>
        );
      })}
    </Box>
  );
}

export function NotificationsSection() {
  const n = useField(['notifications']);
  const on = n.value !== undefined;
  const notifications = useStudio((s) => s.spec.notifications);
  const summary = notifications
    ? `${notifications.topics?.length ?? 0} topic(s) to ${notifications.endpoint || '(no endpoint)'}`
    : 'Off';
  return (
    <Section id="notifications" title="Notifications" keys={['notifications']} summary={summary}>
      <Box>
        <FormControlLabel
          control={
            <Switch
              id={fieldId(['notifications'])}
              checked={on}
              onChange={(e) =>
                n.set(
                  e.target.checked ? defaultFor(notificationsSchema, 'notifications') : undefined,
                )
              }
            />
          }
          label="Send notifications to my endpoint"
        />
        <FieldHelp entry={n.entry} />
        <AppEndpointButton whenOff={() => defaultFor(notificationsSchema, 'notifications')} />
      </Box>
      {on && (
        <>
          <SpecField path={['notifications', 'endpoint']} />
          <Topics />
          <SpecField path={['notifications', 'auth_type']} />
          <SpecField path={['notifications', 'auth_token']} />
        </>
      )}
    </Section>
  );
}
