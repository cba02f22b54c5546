import { launchBrowser, startApp } from '../test/browser/harness';
const app = await startApp();
const b = await launchBrowser();
try {
  const page = await b.context.newPage();
  await page.goto(app.url);
  await page.locator('[data-monaco-ready="true"]').waitFor({ timeout: 30000 });
  console.log(await page.locator('body').ariaSnapshot());
  for (const name of ['Session','Checks','Tasks','Documents','Preferences','Notifications','Identity profile','In-branch and SDK-specific']) {
    const btn = page.getByRole('button', { name: new RegExp('^' + name) });
    console.log(name, await btn.count());
  }
} finally { await b.close(); await app.stop(); }
