import { SDKS } from '../enums';
import type { Sdk } from './types';

/** Every SDK. */
export const ALL: readonly Sdk[] = SDKS;

/** Every SDK except the ones named. */
export const except = (...left: Sdk[]): readonly Sdk[] => ALL.filter((s) => !left.includes(s));

/** Only the SDKs named, in the usual order. */
export const only = (...named: Sdk[]): readonly Sdk[] => ALL.filter((s) => named.includes(s));

/** None of the released SDKs: the field is [DOC] or [NEW] only. */
export const NONE: readonly Sdk[] = [];

/** How each SDK is named to users. */
export const SDK_LABELS: Readonly<Record<Sdk, string>> = {
  node: 'Node',
  java: 'Java',
  php: 'PHP',
  python: 'Python',
  csharp: '.NET',
  go: 'Go',
};

/** `Node, Java and Go`, or `no released SDK`. */
export function sdkList(sdks: readonly Sdk[]): string {
  const names = sdks.map((s) => SDK_LABELS[s]);
  if (names.length === 0) return 'no released SDK';
  if (names.length === ALL.length) return 'every SDK';
  return names.length === 1
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
