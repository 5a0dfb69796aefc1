import { test as base, expect, type Page, type Request } from '@playwright/test';
import type { EmulatorOptions } from '../src/emulator/engine/engine';

/** Backup duration in end-to-end tests; Playwright's clock fast-forwards past it. */
export const BACKUP_MS = 5_000;
/** How long a new cluster is `creating`, and a deleted one or a backup `deleting`. */
export const CREATE_MS = 8_000;
export const DELETE_MS = 3_000;
/**
 * The page's clock starts here unless a test says otherwise: the emulator takes daily
 * automatic backups in each cache's window (08:30 and 10:00 UTC in the demo account), and a
 * test must not meet one because of the hour CI happens to run at.
 */
export const E2E_START = new Date('2026-11-26T14:32:00Z');

/** One poll interval more than a duration: the console has seen the change. */
export const settle = (ms: number) => ms + 2_500;

type Options = Omit<EmulatorOptions, 'now'>;

export class ConsolePage {
  constructor(readonly page: Page) {}

  /**
   * Seeds the emulator (README, "Emulator settings") and opens the Redis OSS caches screen
   * (`/redis`, the seed era's address, redirects there);
   * `time` starts the page's clock there (the demo account's dates are relative to it).
   */
  async open(options: Options = {}, path = '/redis', time?: Date) {
    await this.page.addInitScript((o) => {
      window.__ELASTICACHE_EMULATOR__ = o;
    }, { backupDurationMs: BACKUP_MS, createDurationMs: CREATE_MS, deleteDurationMs: DELETE_MS, ...options });
    await this.page.clock.install({ time: time ?? E2E_START });
    await this.page.goto(path);
    const heading = path.startsWith('/backups') ? /^Backups \(\d+\)$/ : /^(Valkey|Redis OSS|Memcached) caches \(\d+\)$/;
    await expect(this.page.getByRole('heading', { name: heading })).toBeVisible();
  }

  /** A row of the Backups table, by backup name. */
  backupRow(name: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('radio', { name: `Select ${name}` }) });
  }

  /** The dialog's CLI text for Linux/macOS (the preview is collapsed until asked for). */
  async cliText(dialog: ReturnType<Page['getByRole']>) {
    await dialog.getByRole('button', { name: 'Equivalent AWS CLI command and API request' }).click();
    return (await dialog.getByLabel('AWS CLI (Linux, macOS)').textContent()) ?? '';
  }

  row(clusterId: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('radio', { name: `Select ${clusterId}` }) });
  }

  /** Selects a cache's row (one at a time: a radio, as today's console). */
  async select(clusterId: string) {
    await this.page.getByRole('radio', { name: `Select ${clusterId}` }).check();
  }

  /** Actions ▾, then one of its items (Backup, Delete) for the selected cache. */
  async action(item: string) {
    await this.page.getByRole('button', { name: 'Actions' }).click();
    await this.page.getByRole('menuitem', { name: item, exact: true }).click();
  }

  /** Types the cache's name in its Delete dialog, as today's console asks before deleting. */
  async confirmDeletion(dialog: ReturnType<Page['getByRole']>, id: string) {
    await dialog.getByRole('textbox', { name: `Type ${id} to confirm deletion` }).fill(id);
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
