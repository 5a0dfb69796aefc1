import { unreachableHint } from './errors';

describe('unreachableHint', () => {
  it('tells a console on another origin how the emulator service lets it in', () => {
    expect(unreachableHint(false, 'http://localhost:5290')).toBe(
      ' If it is `npm run emulator`, check that it runs and allows this console: --allow-origin http://localhost:5290',
    );
  });
  it('says nothing on the in-browser emulator, which has no origin to allow', () => {
    expect(unreachableHint(true, 'http://localhost:5173')).toBe('');
  });
});
