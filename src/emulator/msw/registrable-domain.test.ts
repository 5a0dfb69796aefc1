import { describe, expect, it } from 'vitest';
import { getDomain } from './registrable-domain';

describe('getDomain (msw cookie scoping without the public suffix list)', () => {
  it('takes the last two labels, or the host itself', () => {
    expect(getDomain('console.example.com')).toBe('example.com');
    expect(getDomain('localhost')).toBe('localhost');
    expect(getDomain('127.0.0.1')).toBe('127.0.0.1');
    expect(getDomain('[::1]')).toBe('[::1]');
    expect(getDomain('')).toBeNull();
  });
});
