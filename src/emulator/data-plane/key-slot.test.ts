import { describe, expect, it } from 'vitest';
import { keySlot } from './key-slot';

/** Values from Redis's CLUSTER KEYSLOT documentation and cluster spec. */
describe('keySlot', () => {
  it('hashes the key, or only its hash tag', () => {
    expect(keySlot(Buffer.from('somekey'))).toBe(11058);
    expect(keySlot(Buffer.from('foo{hash_tag}'))).toBe(2515);
    expect(keySlot(Buffer.from('{hash_tag}bar'))).toBe(2515);
    // An empty tag is no tag: the whole key counts.
    expect(keySlot(Buffer.from('{}x'))).not.toBe(keySlot(Buffer.from('')));
  });
});
