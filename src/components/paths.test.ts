import { describe, expect, it } from 'vitest';
import { decodeSegment, paths } from './paths';

describe('console paths', () => {
  it('encodes names, and decodes them back', () => {
    expect(paths.backup('a b/c')).toBe('/backups/a%20b%2Fc');
    expect(decodeSegment('a%20b%2Fc')).toBe('a b/c');
    expect(paths.backupsOf('my&cluster')).toBe('/backups?cluster=my%26cluster');
  });
});
