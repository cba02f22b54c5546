import { describe, expect, it } from 'vitest';
import { readFlowMessage } from '@/app/features/launch/flow-message';

const LAUNCH_URL =
  'http://127.0.0.1:8080/sandbox/idverify/v1/web/index.html?sessionID=s1&sessionToken=t1';
const flowWindow = { name: 'the iframe window' };
const message = (overrides: Partial<{ origin: string; source: unknown; data: unknown }>) => ({
  origin: 'http://127.0.0.1:8080',
  source: flowWindow,
  data: { eventType: 'SUCCESS' },
  ...overrides,
});

describe('readFlowMessage', () => {
  it('accepts SUCCESS from the launch URL origin and the flow iframe', () => {
    expect(readFlowMessage(message({}), LAUNCH_URL, flowWindow)).toEqual({ eventType: 'SUCCESS' });
  });

  it('accepts ERROR with its code', () => {
    const data = { eventType: 'ERROR', eventCode: 4000 };
    expect(readFlowMessage(message({ data }), LAUNCH_URL, flowWindow)).toEqual(data);
  });

  it('accepts ERROR without a code', () => {
    const data = { eventType: 'ERROR' };
    expect(readFlowMessage(message({ data }), LAUNCH_URL, flowWindow)).toEqual(data);
  });

  it('ignores messages from another origin', () => {
    for (const origin of ['http://localhost:8080', 'https://127.0.0.1:8080', 'https://evil.test'])
      expect(readFlowMessage(message({ origin }), LAUNCH_URL, flowWindow)).toBeUndefined();
  });

  it('ignores messages from another window, even on the right origin', () => {
    expect(readFlowMessage(message({ source: {} }), LAUNCH_URL, flowWindow)).toBeUndefined();
    expect(readFlowMessage(message({ source: null }), LAUNCH_URL, null)).toBeUndefined();
  });

  it('ignores data that is not a flow event', () => {
    for (const data of [
      'SUCCESS',
      { eventType: 'DONE' },
      { eventType: 'ERROR', eventCode: '4000' },
      null,
    ])
      expect(readFlowMessage(message({ data }), LAUNCH_URL, flowWindow)).toBeUndefined();
  });

  it('ignores everything when the launch URL is not a URL', () => {
    expect(readFlowMessage(message({}), 'not a url', flowWindow)).toBeUndefined();
  });
});
