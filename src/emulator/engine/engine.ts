import { describeCacheClusters } from './actions/describe-cache-clusters';
import { describeReplicationGroups } from './actions/describe-replication-groups';
import { describeSnapshots } from './actions/describe-snapshots';
import { createSnapshot } from './actions/create-snapshot';
import { copySnapshot } from './actions/copy-snapshot';
import { deleteSnapshot } from './actions/delete-snapshot';
import { deleteCacheCluster } from './actions/delete-cache-cluster';
import { deleteReplicationGroup } from './actions/delete-replication-group';
import { createCacheCluster } from './actions/create-cache-cluster';
import { createReplicationGroup } from './actions/create-replication-group';
import { addTagsToResource } from './actions/add-tags-to-resource';
import { removeTagsFromResource } from './actions/remove-tags-from-resource';
import { listTagsForResource } from './actions/list-tags-for-resource';
import { modifyCacheCluster } from './actions/modify-cache-cluster';
import { modifyReplicationGroup } from './actions/modify-replication-group';
import { describeEvents } from './actions/describe-events';
import { unknownAction } from './operations';
import { automaticBackupsDue, takeAutomaticBackups } from './automatic-backups';
import { recordChangeEvents } from './events-from-change';
import { buildDb } from './build-db';
import { applyDataReport, markDataPending, type DataPlanePort, type DataReport } from './data-plane-port';
import { deepFreeze, diff, freezeRecords, workingCopy, type DbChange } from './db-change';
import { fromState, toState, type DbState } from './db-state';
import { faultPlan, type Delivery, type FaultRule } from './fault-injection';
import type { Action } from './context';
import { handleWithExport, type WireRequest } from './export-plan';
import type { BucketCheck, ExportPort } from './export-port';
import { seedCheck, type SeedCheck } from './seed-objects';
import type { DatasetInput } from './dataset';
import { AwsFault, faults } from './faults';
import { API_VERSION, errorResponse, parseRequest, successResponse, type WireResponse } from './query-protocol';
import type { Db } from './records';
import { defaultDataset } from './seed';
import { DEFAULT_SETTINGS, sweep, sweepForRead, type EngineSettings } from './timing';

export const ACTIONS: Record<string, Action> = {
  DescribeCacheClusters: describeCacheClusters,
  DescribeReplicationGroups: describeReplicationGroups,
  DescribeSnapshots: describeSnapshots,
  CreateSnapshot: createSnapshot,
  CopySnapshot: copySnapshot,
  DeleteSnapshot: deleteSnapshot,
  DeleteCacheCluster: deleteCacheCluster,
  DeleteReplicationGroup: deleteReplicationGroup,
  CreateCacheCluster: createCacheCluster,
  CreateReplicationGroup: createReplicationGroup,
  AddTagsToResource: addTagsToResource,
  RemoveTagsFromResource: removeTagsFromResource,
  ListTagsForResource: listTagsForResource,
  ModifyCacheCluster: modifyCacheCluster,
  ModifyReplicationGroup: modifyReplicationGroup,
  DescribeEvents: describeEvents,
};

/** How a test, demo or server configures the emulator: the one documented mechanism. */
export interface EmulatorOptions {
  /** Starting data; the default demo account when omitted. */
  dataset?: DatasetInput;
  /** How long a backup takes, in milliseconds (default 6000). */
  backupDurationMs?: number;
  /** How long a new cluster is `creating`, in milliseconds (default 10000). */
  createDurationMs?: number;
  /** How long a deleted cluster or backup is `deleting`, in milliseconds (default 3000). */
  deleteDurationMs?: number;
  /** Manual backups per node per 24 hours (default 20, the service's quota). */
  manualBackupsPerNodePerDay?: number;
  /** How long a modified cache is `modifying`, in milliseconds (default 5000). */
  modifyDurationMs?: number;
  /** The clock; `Date.now` by default, so fake clocks drive the emulator too. */
  now?: () => number;
  /** Failures to produce on purpose (HTTP 500, throttling, dropped connections, slow answers). */
  faults?: FaultRule[];
  /** Where the state is kept between runs (a data file, the browser's storage); memory only when omitted. */
  store?: StateStore;
  /** Real servers and RDB files behind caches and backups (Node only: `--data-plane`). */
  dataPlane?: DataPlanePort;
  /** Where CopySnapshot with TargetBucket writes (export-port.ts); refused when omitted. */
  exporter?: ExportPort;
}

/**
 * Saved state: `load` returns what was last kept, or undefined when there is none. Both
 * `save` (the whole state) and `commit` (one request's change, for stores that keep a log)
 * throw when they could not keep it; the engine then keeps its state as it was.
 */
export interface StateStore {
  load(): unknown;
  save(state: DbState): void;
  commit?(change: DbChange, state: () => DbState): void;
  /**
   * True when someone else saved since this store last loaded or saved: another tab of the
   * console shares the browser's storage. The engine then takes that state before answering.
   */
  changedElsewhere?(): boolean;
}

/** moto's reset path, so one "reset" works against both emulators. */
export const RESET_PATH = '/moto-api/reset';

export interface Engine {
  readonly settings: EngineSettings;
  readonly db: Db;
  handle(request: WireRequest, bucket?: BucketCheck, seeds?: SeedCheck): WireResponse & Delivery;
  /** `handle`, after asking the export store about a TargetBucket, and writing the export once accepted. */
  handleAsync(request: WireRequest): Promise<WireResponse & Delivery>;
  reset(dataset?: DatasetInput): void;
  /** Replaces the fault rules (tests; the HTTP service takes them as an option). */
  setFaults(rules: FaultRule[]): void;
  /** Saves what the data plane has done (a server runs, a backup's files are complete). */
  recordData(report: DataReport): void;
}

export function createEngine(options: EmulatorOptions = {}): Engine {
  const clock = options.now ?? (() => Date.now());
  const settings: EngineSettings = {
    backupDurationMs: options.backupDurationMs ?? DEFAULT_SETTINGS.backupDurationMs,
    createDurationMs: options.createDurationMs ?? DEFAULT_SETTINGS.createDurationMs,
    deleteDurationMs: options.deleteDurationMs ?? DEFAULT_SETTINGS.deleteDurationMs,
    manualBackupsPerNodePerDay: options.manualBackupsPerNodePerDay ?? DEFAULT_SETTINGS.manualBackupsPerNodePerDay,
    modifyDurationMs: options.modifyDurationMs ?? DEFAULT_SETTINGS.modifyDurationMs,
  };
  const store = options.store;
  const dataPlane = options.dataPlane;
  const fresh = (dataset?: DatasetInput) => freezeRecords(buildDb(dataset ?? options.dataset ?? defaultDataset, clock()));
  const loaded = loadSaved(store);
  let db = loaded ?? fresh();
  // A store's later changes build on a saved whole.
  if (!loaded) store?.save(toState(db));
  const reset = (dataset?: DatasetInput) => {
    const next = fresh(dataset);
    store?.save(toState(next));
    db = next;
    dataPlane?.reconcile(db);
  };
  /** A request's work on a copy becomes the state only once it is saved. */
  const commit = (next: Db) => {
    const change = diff(db, next);
    if (change) {
      if (store?.commit) store.commit(change, () => toState(next));
      else store?.save(toState(next));
      Object.values(change.put).forEach(deepFreeze);
    }
    db = next;
    if (change) dataPlane?.reconcile(db);
  };
  let plan = faultPlan(options.faults);

  return {
    settings,
    get db() {
      return db;
    },
    handle({ method, url, body }, bucket, seeds) {
      const requestId = newRequestId();
      // Every tab answers from the one account: what another tab did is seen, never overwritten.
      if (store?.changedElsewhere?.()) db = loadSaved(store) ?? db;
      try {
        if (method.toUpperCase() === 'POST' && new URL(url, 'http://localhost').pathname.endsWith(RESET_PATH)) {
          reset();
          return { status: 200, headers: { 'content-type': 'application/json' }, body: '{"status":"ok"}' };
        }
        const params = parseRequest(method, url, body);
        // Own keys only: `constructor` or `__proto__` must not reach Object's internals.
        const action = Object.hasOwn(ACTIONS, params.action) ? ACTIONS[params.action] : undefined;
        if (!action) throw unknownAction(params.action);
        const version = params.raw('Version');
        if (version === undefined) throw faults.missingParameter('Version');
        if (version !== API_VERSION) throw faults.unknownVersion(params.action, version);
        if (!isRead(params.action) && method.toUpperCase() !== 'POST') throw faults.writeByPostOnly(params.action);
        const fault = plan.take(params.action);
        if (fault && !fault.afterProcessing) {
          const injected = injectedFailure(fault, requestId);
          if (injected) return injected;
        }
        const now = clock();
        // A read writes too when daily backups fell due: they are taken before it answers.
        const work = isRead(params.action) && !automaticBackupsDue(db, now) ? db : workingCopy(db);
        if (work === db) sweepForRead(db, now);
        else {
          sweep(work, now);
          takeAutomaticBackups(work, now, settings);
        }
        const result = action({ db: work, settings, now, bucket, seeds }, params);
        if (work !== db) recordChangeEvents(db, work);
        if (dataPlane && work !== db) markDataPending(db, work, dataPlane.maxNodes);
        if (work !== db) commit(work);
        const response = successResponse(params.action, result, requestId);
        if (fault?.kind === 'slow') return { ...response, delayMs: fault.delayMs ?? 10_000 };
        return (fault && injectedFailure(fault, requestId)) || response;
      } catch (error) {
        if (error instanceof AwsFault) return errorResponse(error, requestId);
        // The details (a local path, a stack) go to the emulator's log, not to the client.
        console.error('ElastiCache emulator: request failed.', error);
        return errorResponse(faults.internalFailure(), requestId);
      }
    },
    async handleAsync(request) {
      const seeds = await seedCheck(options.exporter, request);
      return handleWithExport((r, bucket) => this.handle(r, bucket, seeds), options.exporter, db, request);
    },
    reset,
    setFaults(rules) {
      plan = faultPlan(rules);
    },
    recordData(report) {
      const work = workingCopy(db);
      applyDataReport(work, report);
      commit(work);
    },
  };
}

/** The failure a rule stands for; `slow` delays a real answer instead. */
function injectedFailure(fault: FaultRule, requestId: string): (WireResponse & Delivery) | undefined {
  switch (fault.kind) {
    case 'http-500':
      return errorResponse(faults.internalFailure(), requestId);
    case 'throttling':
      return errorResponse(new AwsFault('Throttling', 'Rate exceeded'), requestId);
    case 'drop':
      return { status: 0, headers: {}, body: '', drop: true };
    case 'slow':
      return undefined;
  }
}

/** Saved state when there is usable state; a damaged one is reported and replaced, never fatal. */
function loadSaved(store: StateStore | undefined): Db | undefined {
  try {
    const saved = store?.load();
    return saved === undefined ? undefined : freezeRecords(fromState(saved));
  } catch (error) {
    console.warn('ElastiCache emulator: the saved state is not usable, starting from the dataset.', error);
    return undefined;
  }
}

/** Describe* and List* only read; everything else changes the account. */
const isRead = (action: string) => /^(Describe|List)/.test(action);

function newRequestId(): string {
  // crypto.randomUUID needs a secure context; demos may be served over a LAN address.
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
}
