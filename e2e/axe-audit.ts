import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * axe on a screen, a dialog or a menu: no serious or critical issue. A dialog is audited alone
 * (the page behind it is inert and was audited as a screen): a fraction of the work.
 */
export async function audit(page: Page, what: string, scope: 'page' | 'dialog' | 'menu' = 'page') {
  // Audit what the user sees once it settles, not a dialog half faded in. Spinners run for
  // ever, so only animations that end are waited for.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
  );
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  const results = await (scope === 'page' ? builder : builder.include(`[role="${scope}"]`)).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, what).toEqual([]);
}
