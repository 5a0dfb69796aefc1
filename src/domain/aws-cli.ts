import type { ApiRequest } from './api-request';

/**
 * The equivalent AWS CLI command and Query API request of a console action, as the AWS
 * docs print them (docs/reference/seed-making-manual-backups.md, from
 * https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-manual.html): the
 * console teaches the API with them.
 */
type Scalar = string | number | boolean;

export type Shell = 'unix' | 'windows';

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** The request's set parameters; the console's actions only send scalar ones. */
function defined(params: ApiRequest['params']): [string, Scalar][] {
  const entries: [string, unknown][] = Object.entries(params);
  return entries.filter((e): e is [string, Scalar] => ['string', 'number', 'boolean'].includes(typeof e[1]));
}

type Tag = { Key?: string; Value?: string };

/** The request's Tags, the one list parameter the console sends (CreateSnapshot, CopySnapshot…). */
function tagsOf(params: ApiRequest['params']): Tag[] {
  const tags: unknown = 'Tags' in params ? params.Tags : undefined;
  return Array.isArray(tags) ? tags.filter((t): t is Tag => typeof t === 'object' && t !== null) : [];
}

function quote(value: string, shell: Shell): string {
  if (/^[A-Za-z0-9._:/@=+-]+$/.test(value)) return value;
  if (shell === 'unix') return `'${value.replace(/'/g, `'\\''`)}'`;
  // The rules of Windows' command line (CommandLineToArgvW, which Python's argv follows): a quote is
  // escaped with a backslash, and the backslashes before it (JSON's own \") and at the end are doubled.
  return forCmd(`"${value.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\+)$/, '$1$1')}"`);
}

/**
 * cmd.exe reads the line first: it turns its quoting on and off at every `"` (a backslash means
 * nothing to it), and outside its quotes `& | < > ^` split, redirect or escape. Those get `^`.
 */
function forCmd(argument: string): string {
  let quoted = false;
  let out = '';
  for (const char of argument) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && '&|<>^'.includes(char)) out += '^';
    out += char;
  }
  return out;
}

/**
 * Where the command goes, when it isn't the AWS CLI's own default: the service's address (an
 * endpoint build's `npm run emulator` or moto_server) and the Region the console acts in.
 */
export interface CliTarget {
  endpointUrl?: string;
  region?: string;
}

/**
 * `aws elasticache create-snapshot \` then one `--option value` per line (`^` on Windows), and the
 * target's `--endpoint-url` and `--region` last (global options: pasted without them, the command
 * would act in the CLI's default Region of the real AWS, not where the console did).
 */
export function cliCommand({ action, params }: ApiRequest, shell: Shell, target: CliTarget = {}): string {
  const options = defined(params).map(([name, value]) =>
    typeof value === 'boolean' ? `--${value ? '' : 'no-'}${kebab(name)}` : `--${kebab(name)} ${quote(String(value), shell)}`,
  );
  const tags = tagsOf(params);
  // JSON, which the AWS CLI takes for any list of structures, whatever the tags hold.
  if (tags.length > 0) options.push(`--tags ${quote(JSON.stringify(tags.map(({ Key, Value }) => ({ Key, Value }))), shell)}`);
  if (target.endpointUrl) options.push(`--endpoint-url ${quote(target.endpointUrl, shell)}`);
  if (target.region) options.push(`--region ${quote(target.region, shell)}`);
  const continuation = shell === 'unix' ? ' \\' : ' ^';
  return [`aws elasticache ${kebab(action)}`, ...options.map((o) => `    ${o}`)].join(`${continuation}\n`);
}

/** The Query API request in the seed's GET form; the console sends the same as a form POST. */
export function queryRequest({ action, params }: ApiRequest, endpoint: string): string {
  const lines = [`?Action=${action}`];
  for (const [name, value] of defined(params)) lines.push(`&${name}=${encodeURIComponent(String(value))}`);
  // The Query API's list form: TagList's members are named Tag (botocore's model).
  tagsOf(params).forEach(({ Key, Value }, i) => {
    lines.push(`&Tags.Tag.${i + 1}.Key=${encodeURIComponent(Key ?? '')}`, `&Tags.Tag.${i + 1}.Value=${encodeURIComponent(Value ?? '')}`);
  });
  lines.push('&Version=2015-02-02', '&SignatureVersion=4', '&SignatureMethod=HmacSHA256', '&Timestamp=<timestamp>', '&X-Amz-Credential=<credential>');
  return [`${endpoint.replace(/\/*$/, '/')}`, ...lines.map((l) => `    ${l}`)].join('\n');
}
