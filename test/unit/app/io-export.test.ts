import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFile } from '../../../src/app/features/io/browser-files';
import { copyText } from '../../../src/app/features/io/clipboard';
import { exportFileFor } from '../../../src/app/features/io/export-file';
import { TEMPLATES } from '../../../src/app/features/templates/templates';
import { serializeSpec, validateSpecText, type SessionSpec } from '../../../src/spec/index';

const kyc = TEMPLATES[1]!.spec;

describe('exportFileFor', () => {
  it('is idv-session-spec.json, application/json, serializeSpec plus a newline', () => {
    expect(exportFileFor(kyc)).toEqual({
      name: 'idv-session-spec.json',
      type: 'application/json',
      text: `${serializeSpec(kyc)}\n`,
    });
  });
  it('gives the same bytes for the same spec, whatever the key order it was built in', () => {
    const reordered = Object.fromEntries(Object.entries(kyc).reverse()) as SessionSpec;
    expect(exportFileFor(reordered).text).toBe(exportFileFor(kyc).text);
  });
  it('reads back as the same spec', () => {
    expect(validateSpecText(exportFileFor(kyc).text).spec).toEqual(kyc);
  });
});

/** A stand-in document that records what the code did with it. */
function fakeDocument(execCommandResult = true) {
  const appended: Record<string, unknown>[] = [];
  const element = (tag: string) => {
    const el: Record<string, unknown> = {
      tag,
      style: {},
      removed: false,
      clicked: 0,
      setAttribute: () => undefined,
      select: () => undefined,
      click: () => (el.clicked = (el.clicked as number) + 1),
      remove: () => (el.removed = true),
    };
    return el;
  };
  const doc = {
    activeElement: null,
    body: { append: (el: Record<string, unknown>) => appended.push(el) },
    createElement: element,
    execCommand: vi.fn(() => execCommandResult),
  };
  return { doc: doc as unknown as Document, appended, execCommand: doc.execCommand };
}

describe('downloadFile', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('clicks a temporary <a download> pointing at a JSON blob, then cleans up', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:fake';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const { doc, appended } = fakeDocument();

    downloadFile(exportFileFor(kyc), doc);

    expect(appended).toHaveLength(1);
    expect(appended[0]).toMatchObject({
      tag: 'a',
      href: 'blob:fake',
      download: 'idv-session-spec.json',
      clicked: 1,
      removed: true,
    });
    expect(blobs[0]?.type).toBe('application/json');
    expect(await blobs[0]?.text()).toBe(`${serializeSpec(kyc)}\n`);
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:fake');
  });
});

describe('copyText', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('uses the Clipboard API when it is there', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    const { doc, execCommand } = fakeDocument();
    expect(await copyText('hello', doc)).toBe(true);
    expect(writeText).toHaveBeenCalledWith('hello');
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('falls back to a textarea and execCommand when the Clipboard API refuses', async () => {
    vi.stubGlobal('navigator', {
      clipboard: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) },
    });
    const { doc, appended, execCommand } = fakeDocument();
    expect(await copyText('hello', doc)).toBe(true);
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(appended[0]).toMatchObject({ tag: 'textarea', value: 'hello', removed: true });
  });

  it('reports failure when both ways are refused', async () => {
    vi.stubGlobal('navigator', {});
    const { doc } = fakeDocument(false);
    expect(await copyText('hello', doc)).toBe(false);
  });
});
