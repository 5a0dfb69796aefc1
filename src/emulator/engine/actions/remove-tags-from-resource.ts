import type { Action } from '../context';
import { faults } from '../faults';
import { stringList } from '../param-lists';
import { resourceByArn } from '../tags';

/** RemoveTagsFromResource: every key must be on the resource (TagNotFound otherwise); answers the tags left. */
export const removeTagsFromResource: Action = ({ db }, params) => {
  const { resource, members } = resourceByArn(db, params.required('ResourceName'));
  const keys = stringList(params, 'TagKeys.member');
  if (!keys) throw faults.missingParameter('TagKeys');
  const missing = keys.find((k) => !resource.tags.some((t) => t.Key === k));
  if (missing !== undefined) throw faults.tagNotFound(missing);
  for (const r of [resource, ...members]) r.tags = r.tags.filter((t) => !keys.includes(t.Key));
  return { TagList: resource.tags };
};
