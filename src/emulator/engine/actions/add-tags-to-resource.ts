import type { Action } from '../context';
import { faults } from '../faults';
import { mergeTags, resourceByArn, tagsParam } from '../tags';

/** AddTagsToResource: adds or replaces tags on a cluster, replication group or backup; answers all its tags. */
export const addTagsToResource: Action = ({ db }, params) => {
  const { resource, members } = resourceByArn(db, params.required('ResourceName'));
  const added = tagsParam(params);
  if (!added) throw faults.missingParameter('Tags');
  resource.tags = mergeTags(resource.tags, added);
  for (const m of members) m.tags = mergeTags(m.tags, added);
  return { TagList: resource.tags };
};
