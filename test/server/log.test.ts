import { describe, expect, it } from 'vitest';
import { batchedLog } from '../../server/http/log';

describe('batchedLog', () => {
  it('writes the lines of one event-loop turn in a single write', async () => {
    const writes: string[] = [];
    const log = batchedLog((text) => writes.push(text));

    log('GET /a 200 1.0ms');
    log('GET /b 200 1.0ms');
    await new Promise((resolve) => setImmediate(resolve));
    log('GET /c 200 1.0ms');
    log.flush();

    expect(writes).toEqual(['GET /a 200 1.0ms\nGET /b 200 1.0ms\n', 'GET /c 200 1.0ms\n']);
  });
});
