import { launchBrowser, startApp } from '../test/browser/harness';
const app = await startApp();
const b = await launchBrowser();
try {
  const page = await b.context.newPage();
  await page.goto(app.url);
  await page.locator('[data-monaco-ready="true"]').waitFor({ timeout: 30000 });
  const run = async (label: string) => {
    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    const r = await page.evaluate(async () => {
      const res = await (window as any).axe.run();
      return res.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 4).map((n: any) => ({t: n.target.join(' '), s: n.failureSummary?.slice(0, 300), h: n.html.slice(0,200)})) , n: v.nodes.length}));
    });
    console.log('=====', label, JSON.stringify(r, null, 1));
  };
  await run('main');
  for (const name of ['Tasks','Documents','Preferences','Notifications','Identity profile','In-branch and SDK-specific']) {
    await page.getByRole('button', { name: new RegExp('^' + name) }).click();
  }
  for (const s of ['Document authenticity','Liveness','Watchlist screening (AML)','Advanced watchlist screening (ComplyAdvantage)']) await page.getByRole('switch', { name: s }).check();
  await page.getByRole('button', { name: 'Add ID document' }).click();
  await page.getByRole('switch', { name: 'Send notifications to my endpoint' }).check();
  await run('expanded');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await run('dark');
} finally { await b.close(); await app.stop(); }
