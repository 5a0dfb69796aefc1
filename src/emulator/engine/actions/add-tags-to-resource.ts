import type { Action } from '../context';
import { faults } from '../faults';
import { mergeTags, retag, tagsParam } from '../tags';

/** AddTagsToResource: adds or replaces tags on a cluster, replication group or backup; answers all its tags. */
export const addTagsToResource: Action = ({ db }, params) => {
  const name = params.required('ResourceName');
  const added = tagsParam(params);
  if (!added) throw faults.missingParameter('Tags');
  return { TagList: retag(db, name, (tags) => mergeTags(tags, added)) };
};
