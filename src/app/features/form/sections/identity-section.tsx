/** Identity profiles (simple and advanced), and the in-branch / SDK-specific extensions. */
import { useShallow } from 'zustand/react/shallow';
import { useStudio } from '@/app/store/context';
import { SpecField } from '../spec-field';
import { Section } from './section';

export function IdentitySection() {
  const simple = useStudio((s) => s.spec.identity_profile_requirements);
  const advanced = useStudio((s) => s.spec.advanced_identity_profile_requirements);
  const parts = [
    simple &&
      `${simple.trust_framework} ${simple.scheme.type}${simple.scheme.objective ? ` ${simple.scheme.objective}` : ''}`,
    advanced && `${advanced.profiles.length} advanced profile(s)`,
  ].filter(Boolean);
  return (
    <Section
      id="identity"
      title="Identity profile"
      keys={['identity_profile_requirements', 'advanced_identity_profile_requirements']}
      summary={parts.join(' · ') || 'None'}
    >
      <SpecField path={['identity_profile_requirements']} />
      <SpecField path={['advanced_identity_profile_requirements']} />
    </Section>
  );
}

export function ExtensionsSection() {
  const on = useStudio(
    useShallow((s) =>
      (['ibv_options', 'resources', 'ephemeral_media'] as const).filter(
        (k) => s.spec[k] !== undefined,
      ),
    ),
  );
  return (
    <Section
      id="extensions"
      title="In-branch and SDK-specific"
      keys={['ibv_options', 'resources', 'ephemeral_media']}
      summary={on.length ? on.join(', ') : 'None'}
    >
      <SpecField path={['ibv_options']} />
      <SpecField path={['ephemeral_media']} />
      <SpecField path={['resources']} />
    </Section>
  );
}
