/** Every rule run on a structurally valid spec, hard rules first. */
import type { Finding } from '../findings';
import type { SessionSpec } from '../schema';
import { notificationsAndProfiles, preferences, retention, vocabulary } from './advice';
import { dependencies } from './dependencies';
import { checkValues, formats, lists, sessionTimes } from './values';

export type Rule = (spec: SessionSpec) => Finding[];

export const RULES: readonly Rule[] = [
  sessionTimes,
  checkValues,
  formats,
  lists,
  dependencies,
  retention,
  preferences,
  vocabulary,
  notificationsAndProfiles,
];

export const runRules = (spec: SessionSpec): Finding[] => RULES.flatMap((rule) => rule(spec));
