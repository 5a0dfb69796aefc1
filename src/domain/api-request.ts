import type {
  CopySnapshotCommandInput,
  CopySnapshotCommandOutput,
  CreateCacheClusterCommandOutput,
  CreateReplicationGroupCommandOutput,
  CreateSnapshotCommandOutput,
  DeleteCacheClusterCommandOutput,
  DeleteReplicationGroupCommandOutput,
  DeleteSnapshotCommandOutput,
  CreateCacheClusterCommandInput,
  CreateReplicationGroupCommandInput,
  CreateSnapshotCommandInput,
  DeleteCacheClusterCommandInput,
  DeleteReplicationGroupCommandInput,
  DeleteSnapshotCommandInput,
  ModifyCacheClusterCommandInput,
  ModifyCacheClusterCommandOutput,
  ModifyReplicationGroupCommandInput,
  ModifyReplicationGroupCommandOutput,
} from '@aws-sdk/client-elasticache';

/**
 * The console's write actions and their inputs, as the SDK types them (type-only: the
 * domain stays free of the client). A new action is one line here, one in ActionOutputs and
 * its command class in src/api/elasticache-sdk.ts (src/api/send-request.ts sends it by name).
 */
export interface ActionInputs {
  CreateSnapshot: CreateSnapshotCommandInput;
  CopySnapshot: CopySnapshotCommandInput;
  DeleteSnapshot: DeleteSnapshotCommandInput;
  DeleteCacheCluster: DeleteCacheClusterCommandInput;
  DeleteReplicationGroup: DeleteReplicationGroupCommandInput;
  CreateCacheCluster: CreateCacheClusterCommandInput;
  CreateReplicationGroup: CreateReplicationGroupCommandInput;
  ModifyCacheCluster: ModifyCacheClusterCommandInput;
  ModifyReplicationGroup: ModifyReplicationGroupCommandInput;
}

export type ActionName = keyof ActionInputs;

/** What each action answers. */
export interface ActionOutputs {
  CreateSnapshot: CreateSnapshotCommandOutput;
  CopySnapshot: CopySnapshotCommandOutput;
  DeleteSnapshot: DeleteSnapshotCommandOutput;
  DeleteCacheCluster: DeleteCacheClusterCommandOutput;
  DeleteReplicationGroup: DeleteReplicationGroupCommandOutput;
  CreateCacheCluster: CreateCacheClusterCommandOutput;
  CreateReplicationGroup: CreateReplicationGroupCommandOutput;
  ModifyCacheCluster: ModifyCacheClusterCommandOutput;
  ModifyReplicationGroup: ModifyReplicationGroupCommandOutput;
}

/** One action's request: what the CLI preview prints and what the one send path sends. */
export interface RequestOf<A extends ActionName> {
  action: A;
  params: ActionInputs[A];
}

/** Any action's request; narrowing on `action` narrows `params`. */
export type ApiRequest = { [A in ActionName]: RequestOf<A> }[ActionName];
