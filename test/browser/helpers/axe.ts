/** Runs axe-core in the page and returns its violations in a readable form. */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/**
 * Injects axe-core (the context needs `bypassCSP: true`: the app's CSP forbids inline scripts)
 * and scans the whole page.
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  // Scan the settled page: a chip caught mid-fade would be judged on a half-transparent colour.
  await page.addStyleTag({
    content: '*, *::before, *::after { transition: none !important; animation: none !important; }',
  });
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))),
  );
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    type AxeResult = {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }[];
    };
    const axe = (window as unknown as { axe: { run: () => Promise<AxeResult> } }).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(' '),
        summary: n.failureSummary ?? '',
      })),
    }));
  });
}

/** Violations that block or seriously hinder users: what the app must not have. */
export const seriousOnly = (violations: Violation[]): Violation[] =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
