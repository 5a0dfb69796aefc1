import { screen, waitFor, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { RedisCluster } from '../../domain/cluster';
import { singleCluster } from '../../test/clusters';
import { renderWithProviders } from '../../test/render';
import { testEmulator } from '../../test/emulator';
import { CreateBackupDialog } from './CreateBackupDialog';

const single = singleCluster;
const replicated: RedisCluster = {
  ...single,
  id: 'myreplicatedredis',
  kind: 'replicated',
  nodes: [
    { id: 'myreplicatedredis-001', role: 'primary' },
    { id: 'myreplicatedredis-002', role: 'replica' },
    { id: 'myreplicatedredis-003', role: 'replica' },
  ],
};

function setup(cluster: RedisCluster = single) {
  const onClose = vi.fn();
  const utils = renderWithProviders(<CreateBackupDialog cluster={cluster} onClose={onClose} />);
  const dialog = screen.getByRole('dialog', { name: 'Create Backup' });
  const name = within(dialog).getByRole('textbox', { name: /Backup Name/ });
  const submit = within(dialog).getByRole('button', { name: 'Create Backup' });
  return { ...utils, onClose, dialog, name, submit };
}

const snapshots = () => [...testEmulator.engine.db.snapshots.values()].filter((s) => s.source === 'manual' && s.startedAt > Date.now() - 60_000);

describe('CreateBackupDialog', () => {
  it('under StrictMode too (`npm start`), opens with the suggested name focused and selected, so typing replaces it', async () => {
    renderWithProviders(
      <StrictMode>
        <CreateBackupDialog cluster={single} onClose={vi.fn()} />
      </StrictMode>,
    );
    const name = within(screen.getByRole('dialog', { name: 'Create Backup' })).getByRole<HTMLInputElement>('textbox', { name: /Backup Name/ });
    await waitFor(() => expect(name).toHaveFocus());
    expect([name.selectionStart, name.selectionEnd]).toEqual([0, name.value.length]);
  });

  it('suggests a valid name naming the cluster, and focuses it', async () => {
    const { name, submit, dialog } = setup();
    expect(within(dialog).getByText('mynonclusteredredis')).toBeInTheDocument();
    expect((name as HTMLInputElement).value).toMatch(/^mynonclusteredredis-\d{8}-\d{4}$/);
    expect(name).toHaveFocus();
    await waitFor(() => expect(submit).toBeEnabled());
  });

  it('validates on every keystroke with one message per broken rule', async () => {
    const { user, name, submit, dialog } = setup();
    await user.clear(name);
    expect(await within(dialog).findByText('Must contain 1 to 40 characters.')).toBeInTheDocument();
    expect(submit).toBeDisabled();
    await user.type(name, '1');
    expect(await within(dialog).findByText('Must begin with a letter.')).toBeInTheDocument();
    await user.clear(name);
    await user.type(name, 'a--b-');
    expect(await within(dialog).findByText("Can't contain two consecutive hyphens.")).toBeInTheDocument();
    expect(within(dialog).getByText("Can't end with a hyphen.")).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    await user.type(name, 'x');
    await waitFor(() => expect(within(dialog).queryByText("Can't end with a hyphen.")).not.toBeInTheDocument());
    expect(within(dialog).getByText("Can't contain two consecutive hyphens.")).toBeInTheDocument();
  });

  it('backs up the chosen node of a cluster with replicas, a replica by default', async () => {
    const { user, name, submit, dialog, onClose } = setup(replicated);
    expect(within(dialog).getByRole('radio', { name: 'myreplicatedredis-002 (replica)' })).toBeChecked();
    await user.click(within(dialog).getByRole('radio', { name: 'myreplicatedredis-003 (replica)' }));
    await user.clear(name);
    await user.type(name, 'from-three');
    await user.click(submit);
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(testEmulator.engine.db.snapshots.get('from-three')?.cacheClusterId).toBe('myreplicatedredis-003');
  });

  it('keeps the dialog and the typed name on SnapshotAlreadyExistsFault, and shows the service message', async () => {
    const { user, name, submit, dialog, onClose } = setup();
    await user.clear(name);
    await user.type(name, 'Baseline-Test-Data{Enter}');
    expect(await within(dialog).findByText(/Snapshot with specified name \[baseline-test-data\] already exists/)).toBeInTheDocument();
    expect(name).toHaveValue('Baseline-Test-Data');
    expect(onClose).not.toHaveBeenCalled();
    await user.type(name, '-2');
    await waitFor(() => expect(within(dialog).queryByText(/already exists/)).not.toBeInTheDocument());
    await user.click(submit);
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(testEmulator.engine.db.snapshots.has('baseline-test-data-2')).toBe(true);
  });

  it('says so on a network failure, keeps the name, and retries', async () => {
    testEmulator.server.use(http.post(/\/emulator\/?$/, () => HttpResponse.error(), { once: true }));
    const { user, name, submit, dialog, onClose } = setup();
    await user.clear(name);
    await user.type(name, 'after-outage');
    await user.click(submit);
    const alert = await within(dialog).findByText(/The backup was not started: Couldn't reach the ElastiCache endpoint/);
    expect(alert).toBeInTheDocument();
    expect(name).toHaveValue('after-outage');
    await user.click(within(dialog).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(testEmulator.engine.db.snapshots.has('after-outage')).toBe(true);
  });

  it('reports success when the answer is lost after the backup started (HTTP 500 after processing)', async () => {
    testEmulator.engine.setFaults([{ kind: 'http-500', action: 'CreateSnapshot', afterProcessing: true, times: 1 }]);
    const { user, name, submit, dialog, onClose } = setup();
    await user.clear(name);
    await user.type(name, 'lost-answer');
    await user.click(submit);
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(snapshots().map((s) => s.name)).toEqual(['lost-answer']);
  });

  it('recognises its own backup when a retry meets SnapshotAlreadyExistsFault', async () => {
    // The answer is lost and so is the check that follows: the user sees the failure and retries.
    testEmulator.engine.setFaults([
      { kind: 'drop', action: 'CreateSnapshot', afterProcessing: true, times: 1 },
      { kind: 'drop', action: 'DescribeSnapshots', times: 1 },
    ]);
    const { user, name, submit, dialog, onClose } = setup();
    await user.clear(name);
    await user.type(name, 'retried');
    await user.click(submit);
    expect(await within(dialog).findByText(/Couldn't reach the ElastiCache endpoint/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(snapshots().map((s) => s.name)).toEqual(['retried']);
  });

  it('still refuses a name taken by an older backup of the same cluster', async () => {
    const { user, name, dialog, onClose } = setup();
    await user.clear(name);
    await user.type(name, 'baseline-test-data{Enter}');
    expect(await within(dialog).findByText(/already exists/)).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('shows throttling as the service says it, and retries on request', async () => {
    testEmulator.engine.setFaults([{ kind: 'throttling', action: 'CreateSnapshot', times: 1 }]);
    const { user, name, dialog, onClose } = setup();
    await user.clear(name);
    await user.type(name, 'throttled{Enter}');
    expect(await within(dialog).findByText('Throttling: Rate exceeded')).toBeInTheDocument();
    expect(name).toHaveValue('throttled');
    await user.click(within(dialog).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(snapshots().map((s) => s.name)).toEqual(['throttled']);
  });

  it('creates one backup however fast the user double-clicks', async () => {
    const { user, name, submit, onClose } = setup();
    await user.clear(name);
    await user.type(name, 'only-once');
    await user.dblClick(submit);
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(snapshots().filter((s) => s.name === 'only-once')).toHaveLength(1);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes on Escape and Cancel without a request', async () => {
    const { user, onClose } = setup();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(snapshots()).toHaveLength(0);
  });
});
