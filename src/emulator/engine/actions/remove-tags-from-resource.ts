import type { Action } from '../context';
import { faults } from '../faults';
import { stringList } from '../param-lists';
import { retag } from '../tags';

/** RemoveTagsFromResource: every key must be on the resource (TagNotFound otherwise); answers the tags left. */
export const removeTagsFromResource: Action = ({ db }, params) => {
  const name = params.required('ResourceName');
  const keys = stringList(params, 'TagKeys.member');
  if (!keys) throw faults.missingParameter('TagKeys');
  return {
    TagList: retag(db, name, (tags, which) => {
      const missing = which === 'self' ? keys.find((k) => !tags.some((t) => t.Key === k)) : undefined;
      if (missing !== undefined) throw faults.tagNotFound(missing);
      return tags.filter((t) => !keys.includes(t.Key));
    }),
  };
};
