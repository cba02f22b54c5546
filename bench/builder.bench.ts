/**
 * The builder's speed in headless Chromium, on the full-featured sample spec:
 * - click on a check's switch → the JSON editor shows the change (the editor sets the performance
 *   mark `idv-studio:editor-applied` when it has applied an outside change), over many toggles;
 * - the gzipped size of the JavaScript loaded before first render (Monaco is lazy, so excluded).
 * Needs a built dist/ (`npm run build`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DRAFT_KEY } from '../src/app/store/draft';
import { launchBrowser, startApp } from '../test/browser/harness';

const ROOT = path.resolve(import.meta.dirname, '..');
const TOGGLES = 60;

function initialJavaScript(): { files: string[]; gzipBytes: number } {
  const html = readFileSync(path.join(ROOT, 'dist/index.html'), 'utf8');
  const files = [
    ...html.matchAll(
      /<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g,
    ),
  ].map((m) => (m[1] ?? m[2])!);
  const gzipBytes = files.reduce(
    (n, f) => n + gzipSync(readFileSync(path.join(ROOT, 'dist', f))).length,
    0,
  );
  return { files, gzipBytes };
}

const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${s[s.length - 1]!.toFixed(1)} ms (n=${s.length})`;
};

const js = initialJavaScript();
console.log(
  `JavaScript before first render: ${(js.gzipBytes / 1024).toFixed(1)} KiB gzipped (${js.files.join(', ')})`,
);

const sample = JSON.parse(
  readFileSync(path.join(ROOT, '../shared/reference/samples/02-full-featured-kyc.json'), 'utf8'),
) as unknown;
const app = await startApp();
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  await page.addInitScript(
    ({ key, spec }) => localStorage.setItem(key, JSON.stringify({ version: 1, spec })),
    { key: DRAFT_KEY, spec: sample },
  );
  await page.goto(app.url);
  await page.locator('[data-monaco-ready="true"]').waitFor({ timeout: 60_000 });
  const name = 'Document comparison';
  await page.getByRole('switch', { name }).scrollIntoViewIfNeeded();
  const times: number[] = [];
  for (let i = 0; i < TOGGLES; i++) {
    const ms = await page.evaluate(async (label) => {
      const sw = [...document.querySelectorAll<HTMLInputElement>('input[role="switch"]')].find(
        (el) => el.labels?.[0]?.textContent?.trim() === label,
      );
      if (!sw) throw new Error(`no switch ${label}`);
      performance.clearMarks('idv-studio:editor-applied');
      const t0 = performance.now();
      sw.click();
      for (let tries = 0; tries < 500; tries++) {
        const mark = performance
          .getEntriesByName('idv-studio:editor-applied')
          .find((m) => m.startTime >= t0);
        if (mark) return mark.startTime - t0;
        await new Promise((r) => setTimeout(r, 1));
      }
      throw new Error('the editor never showed the change');
    }, name);
    times.push(ms);
  }
  console.log(`switch click → JSON editor shows the change: ${stats(times)}`);
} finally {
  await browser.close();
  await app.stop();
}
