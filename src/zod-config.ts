import { z } from 'zod';

/**
 * Imported first by main.tsx, before any schema exists. The Content-Security-Policy
 * forbids eval: no zod JIT, and no `new Function` probe that the browser would report
 * as a policy violation.
 */
z.config({ jitless: true });
