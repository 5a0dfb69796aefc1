import { CallFailed, signedCall, type SignedTarget } from './signed-call';

export interface CallerIdentity {
  account: string;
  arn: string;
}

const tag = (xml: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];

/**
 * sts:GetCallerIdentity, asked once at start: which account the console will act on,
 * and proof that the credentials work. It needs no IAM permission (STS API reference,
 * GetCallerIdentity: "No permissions are required to perform this operation").
 */
export async function callerIdentity(target: Omit<SignedTarget, 'service'>): Promise<CallerIdentity> {
  const answer = await signedCall({ ...target, service: 'sts' }, 'Action=GetCallerIdentity&Version=2011-06-15');
  const account = tag(answer.body, 'Account');
  const arn = tag(answer.body, 'Arn');
  if (answer.status !== 200 || !account || !arn) {
    const why = tag(answer.body, 'Message') ?? `HTTP ${answer.status}`;
    throw new CallFailed('credentials', `AWS refused the credentials (${tag(answer.body, 'Code') ?? 'error'}: ${why}).`);
  }
  return { account, arn };
}
