/** `notifications`: the webhook Yoti calls (reference §6, §12.3). */
import { ALL, except } from './sdks';
import type { CatalogueSection, CatalogueValue } from './types';

const N = 'notifications';

const IBV_TOPIC =
  'Java has a builder method; the other SDKs can send it with withTopic. In-branch (IBV) sessions only';
const ibv = (label: string, help: string): CatalogueValue => ({
  label,
  help,
  uncertain: IBV_TOPIC,
});

export const notificationsSection: CatalogueSection = {
  [N]: {
    label: 'Webhook notifications',
    help: 'Yoti POSTs a small JSON message to your endpoint when the session changes; you then fetch the results',
    sdks: ALL,
  },
  [`${N}.auth_token`]: {
    label: 'Auth token',
    help: 'Credentials Yoti sends to your endpoint: "username:password" for BASIC, or an opaque token for BEARER',
    sdks: ALL,
  },
  [`${N}.auth_type`]: {
    label: 'Auth type',
    help: 'How Yoti presents the auth token in the Authorization header',
    sdks: except('go'),
    uncertain:
      '[?] The docs do not say which type applies when this is left out; Go 3.15.0 cannot send it',
    values: {
      BASIC: {
        label: 'Basic',
        help: 'Yoti base64-encodes the token: Authorization: Basic <base64>',
      },
      BEARER: {
        label: 'Bearer',
        help: 'Yoti sends the token as is: Authorization: Bearer <token>',
      },
    },
  },
  [`${N}.endpoint`]: {
    label: 'Endpoint',
    help: 'HTTPS URL (TLS 1.2) that Yoti POSTs notifications to; required',
    sdks: ALL,
  },
  [`${N}.topics`]: {
    label: 'Topics',
    help: 'Which events trigger a notification',
    sdks: ALL,
    values: {
      RESOURCE_UPDATE: {
        label: 'Resource update',
        help: 'A resource changed, e.g. the user uploaded a document',
      },
      TASK_COMPLETION: { label: 'Task completed', help: 'A task such as text extraction finished' },
      CHECK_COMPLETION: { label: 'Check completed', help: 'A check finished' },
      SESSION_COMPLETION: { label: 'Session completed', help: 'All tasks and checks are done' },
      CLIENT_SESSION_TOKEN_DELETED: {
        label: 'Client session token deleted',
        help: "The user's client session token was deleted or expired",
        uncertain:
          '[?] Not defined in the docs. Node has no builder method: use withTopic("CLIENT_SESSION_TOKEN_DELETED")',
      },
      NEW_PDF_SUPPLIED: ibv('New PDF supplied', 'A new in-branch instructions PDF is available'),
      INSTRUCTIONS_EMAIL_REQUESTED: ibv(
        'Instructions email requested',
        'The user asked for the in-branch instructions by email',
      ),
      THANK_YOU_EMAIL_REQUESTED: ibv(
        'Thank-you email requested',
        'A thank-you email was requested after the visit',
      ),
      FIRST_BRANCH_VISIT: ibv('First branch visit', 'The user visited a branch for the first time'),
    },
  },
};
