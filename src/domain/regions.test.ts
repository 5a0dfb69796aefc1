import { regionName } from './regions';

describe('regionName', () => {
  it('names a Region as the AWS console does', () => {
    expect(regionName('us-east-1')).toBe('US East (N. Virginia)');
    expect(regionName('eu-west-1')).toBe('Europe (Ireland)');
    expect(regionName('ap-southeast-2')).toBe('Asia Pacific (Sydney)');
  });

  it('shows the code of a Region it has no name for', () => {
    expect(regionName('xx-nowhere-9')).toBe('xx-nowhere-9');
  });
});
