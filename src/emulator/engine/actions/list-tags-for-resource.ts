import type { Action } from '../context';
import { resourceByArn } from '../tags';

/** ListTagsForResource: the tags of a cluster, replication group or backup, by ARN. */
export const listTagsForResource: Action = ({ db }, params) => ({ TagList: resourceByArn(db, params.required('ResourceName')).resource.tags });
