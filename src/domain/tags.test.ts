import { describe, expect, it } from 'vitest';
import { MAX_TAGS, tagProblem, tagRowsSchema, TAG_KEY_LENGTH, TAG_KEY_RESERVED, TAG_VALUE_LENGTH, toApiTags } from './tags';

const messages = (rows: { key: string; value: string }[]) => {
  const result = tagRowsSchema.safeParse(rows);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('the service’s tag limits, once for the console and the emulator', () => {
  it.each([
    ['env', 'prod', null],
    ['', 'v', TAG_KEY_LENGTH],
    ['k'.repeat(128), 'v'.repeat(256), null],
    ['k'.repeat(129), 'v', TAG_KEY_LENGTH],
    ['long', 'v'.repeat(257), TAG_VALUE_LENGTH],
    ['aws:createdBy', 'me', TAG_KEY_RESERVED],
    ['AWS:x', '', TAG_KEY_RESERVED],
  ])('key %s value %s: %s', (key, value, problem) => {
    expect(tagProblem(key, value)).toBe(problem);
    // The form says the same at the row's box.
    expect(messages([{ key, value }])).toEqual(problem ? [problem] : []);
  });

  it('refuses more than 50 rows and a key given twice', () => {
    const many = Array.from({ length: MAX_TAGS + 1 }, (_, i) => ({ key: `k${i}`, value: '' }));
    expect(messages(many)).toEqual(['A resource can have at most 50 tags.']);
    expect(messages([{ key: 'a', value: '1' }, { key: 'a', value: '2' }])).toEqual(['This key is already used.']);
  });

  it('sends no Tags parameter for no rows', () => {
    expect(toApiTags([])).toBeUndefined();
    expect(toApiTags([{ key: 'a', value: '' }])).toEqual([{ Key: 'a', Value: '' }]);
  });
});
