import { describe, expect, it } from 'vitest';
import { axeViolations } from './helpers/axe';
import { section, toggle } from './helpers/form';
import { useSuite } from './helpers/suite';

describe('explore', () => {
  const suite = useSuite();
  it('scan', async () => {
    const page = await suite.openApp({ bypassCSP: true });
    console.log(JSON.stringify(await axeViolations(page), null, 1));
    for (const name of ['Tasks','Documents','Preferences','Notifications','Identity profile','In-branch and SDK-specific']) await section(page, name);
    const checks = await section(page, 'Checks');
    for (const s of ['Document authenticity','Liveness','Watchlist screening (AML)','Advanced watchlist screening (ComplyAdvantage)']) await toggle(checks, s);
    await page.getByRole('button', { name: 'Add ID document', exact: true }).click();
    await toggle(page, 'Send notifications to my endpoint');
    console.log('EXPANDED', JSON.stringify(await axeViolations(page), null, 1));
    await page.getByRole('button', { name: 'Dark theme' }).click();
    console.log('DARK', JSON.stringify(await axeViolations(page), null, 1));
    expect(1).toBe(1);
  });
});
