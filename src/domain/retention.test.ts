import { describe, expect, it } from 'vitest';
import { retentionText } from './backup';

describe('retentionText', () => {
  it('says "1 day", "5 days", and that a manual backup is kept until deleted', () => {
    expect(retentionText({ type: 'automatic', retentionDays: 1 })).toBe('1 day');
    expect(retentionText({ type: 'automatic', retentionDays: 5 })).toBe('5 days');
    expect(retentionText({ type: 'manual', retentionDays: undefined })).toBe('Kept until deleted');
  });
});
