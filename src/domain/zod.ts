import { z } from 'zod';

/**
 * The one way in to zod: import `z` from here, never from 'zod', so this runs before any
 * schema is built, wherever the first one is (a lazily loaded dialog, the emulator). The
 * Content-Security-Policy forbids eval: no zod JIT, and no `new Function` probe that the
 * browser would report as a policy violation.
 */
z.config({ jitless: true });

export { z };
