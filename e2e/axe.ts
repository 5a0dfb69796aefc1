import { expect, type Page } from '@playwright/test';
import axe from 'axe-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * axe on what the user sees once it settles: no serious or critical issue. A dialog is
 * audited alone (the page behind it is inert and was audited as a screen): a fraction of the work.
 * axe's 500 KB is evaluated once per document, not once per audit as AxeBuilder does (that
 * was most of an audit's time).
 */
export async function audit(page: Page, what: string, scope: 'page' | 'dialog' | 'menu' = 'page') {
  // Spinners run for ever, so only animations that end are waited for.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
  );
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    async ({ tags, scope }) => {
      const context = scope === 'page' ? document : { include: [[`[role="${scope}"]`]] };
      const results = await (window as unknown as { axe: typeof axe }).axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
    },
    { tags: TAGS, scope },
  );
  const bad = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`);
  expect(bad, what).toEqual([]);
}
