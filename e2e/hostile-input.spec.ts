import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Every text field, tried with what users and attackers type; nothing is rendered as HTML. */
const HOSTILE = [
  { value: '', message: 'Must contain 1 to' },
  { value: '   ', message: 'Can only contain ASCII letters, digits and hyphens (not spaces).' },
  { value: 'a'.repeat(51), message: '(this has 51)' },
  { value: 'ünïcödé', message: 'Can only contain ASCII letters, digits and hyphens (not “ü”, “ï”, “ö”).' },
  { value: 'b٣٤٥', message: 'Can only contain ASCII letters, digits and hyphens (not “٣”, “٤”, “٥”).' },
  { value: '<script>window.__xss=1</script>', message: 'Must begin with a letter.' },
  { value: '<img src=x onerror="window.__xss=1">', message: 'Must begin with a letter.' },
  { value: `x"'; DROP TABLE snapshots; --`, message: 'Can only contain ASCII letters, digits and hyphens' },
];

async function tryField(page: Page, dialog: Locator, field: Locator, submit: Locator) {
  for (const { value, message } of HOSTILE) {
    await field.fill(value);
    await expect(dialog.getByRole('alert')).toContainText(message);
    await expect(submit).toBeDisabled();
  }
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
}

declare global {
  interface Window {
    /** Exposed by the test (page.exposeFunction): reports a CSP violation. */
    __reportCsp?: (v: string) => void;
  }
}

test.beforeEach(async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('__reportCsp', (v: string) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__reportCsp?.(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`),
    ),
  );
  test.info().annotations.push({ type: 'csp', description: 'checked' });
  (page as Page & { cspViolations?: string[] }).cspViolations = violations;
});

test.afterEach(async ({ page }) => {
  expect((page as Page & { cspViolations?: string[] }).cspViolations ?? []).toEqual([]);
});

test('the production build sends a Content-Security-Policy, and the console runs under it', async ({ ec, page }) => {
  const response = await page.request.get('/redis');
  const policy = response.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("frame-ancestors 'none'");
  await ec.open();
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self'/);
  // An inline script is refused.
  await page.addScriptTag({ content: 'window.__inline = 1' }).catch(() => undefined);
  expect(await page.evaluate(() => (window as { __inline?: number }).__inline)).toBeUndefined();
  (page as Page & { cspViolations?: string[] }).cspViolations?.splice(0);
});

test('Backup Name and Final backup name refuse hostile input with the rule it breaks', async ({ ec, page }) => {
  await ec.open();
  await ec.select('mynonclusteredredis');
  await ec.backupButton().click();
  await tryField(page, ec.dialog(), ec.backupName(), ec.dialog().getByRole('button', { name: 'Create Backup' }));
  await page.keyboard.press('Escape');
  await ec.action('Delete');
  const del = page.getByRole('dialog', { name: 'Delete mynonclusteredredis' });
  await tryField(page, del, del.getByRole('textbox', { name: 'Final backup name' }), del.getByRole('button', { name: 'Delete' }));
});

test('Copy and Restore names refuse hostile input; the search boxes show it as text', async ({ ec, page }) => {
  await ec.open({}, '/backups');
  const search = page.getByRole('searchbox', { name: 'Find backups' });
  await search.fill('<img src=x onerror="window.__xss=1">');
  await expect(page.getByText('matches “<img src=x onerror="window.__xss=1">”')).toBeVisible();
  await search.fill('');
  await ec.backupRow('baseline-test-data').getByRole('radio').check();

  await ec.action('Copy');
  const copy = page.getByRole('dialog', { name: 'Copy Backup' });
  await tryField(page, copy, copy.getByRole('textbox', { name: 'New backup name' }), copy.getByRole('button', { name: 'Copy', exact: true }));
  await page.keyboard.press('Escape');

  await ec.action('Restore');
  const restore = page.getByRole('dialog', { name: 'Restore Backup' });
  await tryField(page, restore, restore.getByRole('textbox', { name: 'New cluster name' }), restore.getByRole('button', { name: 'Restore' }));
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Redis OSS caches', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Find caches' }).fill(`"'; DROP TABLE clusters; --`);
  await expect(page.getByText(`No cache shows “"'; DROP TABLE clusters; --”.`)).toBeVisible();
});
