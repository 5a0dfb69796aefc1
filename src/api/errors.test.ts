import { toApiError, unreachableHint } from './errors';

describe('toApiError', () => {
  it('says an answer that is not the service’s XML was one, not the SDK parser’s words', () => {
    const error = Object.assign(new Error('DOMParser XML parsing error. Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.'), {
      name: 'Error',
      $metadata: { httpStatusCode: 502 },
    });
    expect(toApiError(error)).toMatchObject({ kind: 'service', status: 502, message: 'The service answered HTTP 502 with a body that is not its XML.' });
  });
});

describe('unreachableHint', () => {
  it('tells a console on another origin how the emulator service lets it in', () => {
    expect(unreachableHint(false, 'http://localhost:5290')).toMatch(/^ If it is the emulator service \(npm run emulator\), check that it runs and allows this console: --allow-origin http:\/\/localhost:5290\. /);
  });
  it('on an origin the emulator service lets in by itself, asks whether the service runs, not for --allow-origin', () => {
    const hint = unreachableHint(false, 'http://localhost:4173', 'http://127.0.0.1:4766');
    expect(hint).toMatch(/^ Check that the service runs at http:\/\/127\.0\.0\.1:4766\. /);
    expect(hint).not.toContain('--allow-origin');
    expect(hint).toContain('without CORS headers');
  });
  it('is plain text: no Markdown backticks shown as they are', () => {
    expect(unreachableHint(false, 'http://localhost:5290')).not.toContain('`');
  });
  it('says nothing on the in-browser emulator, which has no origin to allow', () => {
    expect(unreachableHint(true, 'http://localhost:5173')).toBe('');
  });
});
