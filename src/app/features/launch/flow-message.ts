/** Accepting postMessage events from the embedded user flow, and nothing else. */
import { z } from 'zod';
import type { FlowEvent } from './web-error-codes';

const flowEventSchema = z.union([
  z.object({ eventType: z.literal('SUCCESS') }),
  z.object({ eventType: z.literal('ERROR'), eventCode: z.number().int().optional() }),
]);

/** The parts of a MessageEvent that decide whether to trust it. */
export interface IncomingMessage {
  origin: string;
  source: unknown;
  data: unknown;
}

/**
 * The flow event in `message`, or undefined when it must be ignored: it came from another origin
 * than the launch URL's, from another window than the flow's iframe, or is not a flow event.
 */
export function readFlowMessage(
  message: IncomingMessage,
  launchUrl: string,
  flowWindow: unknown,
): FlowEvent | undefined {
  if (flowWindow === null || flowWindow === undefined || message.source !== flowWindow) return;
  let origin: string;
  try {
    origin = new URL(launchUrl).origin;
  } catch {
    return;
  }
  if (message.origin !== origin) return;
  const parsed = flowEventSchema.safeParse(message.data);
  if (!parsed.success) return;
  return parsed.data.eventType === 'SUCCESS'
    ? { eventType: 'SUCCESS' }
    : parsed.data.eventCode === undefined
      ? { eventType: 'ERROR' }
      : { eventType: 'ERROR', eventCode: parsed.data.eventCode };
}
