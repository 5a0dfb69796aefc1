import { z } from './zod';

/**
 * What the AWS signing proxy (npm run console:aws) tells the console about itself, at
 * PROXY_INFO_PATH: the account its credentials belong to (sts:GetCallerIdentity), the
 * region it forwards to, and whether it forwards reads only.
 */
export const PROXY_INFO_PATH = '/proxy-info';

export const proxyInfoSchema = z.object({
  account: z.string().regex(/^\d{12}$/),
  region: z.string(),
  readOnly: z.boolean(),
});

export type ProxyInfo = z.infer<typeof proxyInfoSchema>;
