import fc from 'fast-check';
import { naturalCompare } from './natural-compare';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
// The tables' values: letters of either case, digits, hyphens and dots.
const value = fc.stringMatching(/^[a-zA-Z0-9.-]{0,12}$/);

describe('naturalCompare', () => {
  it('orders as the numeric, case-insensitive collator does', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(Math.sign(naturalCompare(a, b))).toBe(Math.sign(collator.compare(a, b)));
      }),
      { numRuns: 2_000 },
    );
  });

  it('puts cluster-2 before cluster-10, and ignores case', () => {
    const names = ['cluster-10', 'Cluster-2', 'cluster-1', 'cache.r6g.large', 'cache.m5.large', '7.1', '6.2', '7.0.7'];
    expect([...names].sort(naturalCompare)).toEqual(['6.2', '7.0.7', '7.1', 'cache.m5.large', 'cache.r6g.large', 'cluster-1', 'Cluster-2', 'cluster-10']);
  });
});
