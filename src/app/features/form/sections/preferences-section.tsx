/** sdk_config: what the end user sees. Every key is shown; setting one creates sdk_config. */
import { sdkConfigSchema, type SdkConfig } from '@/spec/index';
import { useStudio } from '@/app/store/context';
import { SpecField } from '../spec-field';
import { Section } from './section';

const KEYS = Object.keys(sdkConfigSchema.shape) as (keyof SdkConfig)[];
/** Display order: capture, look, language, redirects, flow. */
const ORDER: (keyof SdkConfig)[] = [
  'allowed_capture_methods',
  'primary_colour',
  'secondary_colour',
  'font_colour',
  'dark_mode',
  'primary_colour_dark_mode',
  'locale',
  'preset_issuing_country',
  'success_url',
  'error_url',
  'privacy_policy_url',
  'allow_handoff',
  'biometric_consent_flow',
  'brand_id',
  'suppressed_screens',
  'attempts_configuration',
];

export function PreferencesSection() {
  const sdk = useStudio((s) => s.spec.sdk_config);
  const set = Object.keys(sdk ?? {}).length;
  const keys = [...ORDER, ...KEYS.filter((k) => !ORDER.includes(k))];
  return (
    <Section
      id="preferences"
      title="Preferences"
      keys={['sdk_config']}
      summary={set ? `${set} set${sdk?.locale ? ` · locale ${sdk.locale}` : ''}` : 'Yoti defaults'}
    >
      {keys.map((k) => (
        <SpecField key={k} path={['sdk_config', k]} />
      ))}
    </Section>
  );
}
