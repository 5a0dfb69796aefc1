import { test as base, expect, type Page, type Request } from '@playwright/test';
import type { EmulatorOptions } from '../src/emulator/engine/engine';

/** Backup duration in end-to-end tests; Playwright's clock fast-forwards past it. */
export const BACKUP_MS = 5_000;

type Options = Omit<EmulatorOptions, 'now'>;

export class ConsolePage {
  constructor(readonly page: Page) {}

  /** Seeds the emulator (README, "Emulator settings") and opens the Redis clusters screen. */
  async open(options: Options = {}) {
    await this.page.addInitScript((o) => {
      window.__ELASTICACHE_EMULATOR__ = o;
    }, { backupDurationMs: BACKUP_MS, ...options });
    await this.page.clock.install();
    await this.page.goto('/redis');
    await expect(this.page.getByRole('heading', { name: /^Redis clusters \(\d+\)$/ })).toBeVisible();
  }

  row(clusterId: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('checkbox', { name: `Select ${clusterId}` }) });
  }

  async select(clusterId: string) {
    await this.page.getByRole('checkbox', { name: `Select ${clusterId}` }).check();
  }

  backupButton() {
    return this.page.getByRole('button', { name: 'Backup', exact: true });
  }

  dialog() {
    return this.page.getByRole('dialog', { name: 'Create Backup' });
  }

  backupName() {
    return this.dialog().getByRole('textbox', { name: 'Backup Name' });
  }

  /** The next ElastiCache request with this Action, as form parameters. */
  async nextRequest(action: string): Promise<URLSearchParams> {
    const request = await this.page.waitForRequest((r) => isAction(r, action));
    return new URLSearchParams(request.postData() ?? '');
  }
}

export function isAction(request: Request, action: string): boolean {
  return request.method() === 'POST' && new URLSearchParams(request.postData() ?? '').get('Action') === action;
}

export const test = base.extend<{ ec: ConsolePage }>({
  ec: async ({ page }, use) => {
    await use(new ConsolePage(page));
  },
});

export { expect };
