/**
 * The equivalent AWS CLI command and Query API request of a console action, as the AWS
 * docs print them (shared/reference/seed-making-manual-backups.md): the console teaches
 * the API with them.
 */
export type ParamValue = string | number | boolean | undefined;

export interface ApiRequest {
  action: string;
  params: Record<string, ParamValue>;
}

export type Shell = 'unix' | 'windows';

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

const defined = (params: Record<string, ParamValue>) =>
  Object.entries(params).filter((e): e is [string, string | number | boolean] => e[1] !== undefined);

function quote(value: string, shell: Shell): string {
  if (/^[A-Za-z0-9._:/@=+-]+$/.test(value)) return value;
  return shell === 'unix' ? `'${value.replace(/'/g, `'\\''`)}'` : `"${value.replace(/"/g, '\\"')}"`;
}

/** `aws elasticache create-snapshot \` then one `--option value` per line (`^` on Windows). */
export function cliCommand({ action, params }: ApiRequest, shell: Shell): string {
  const options = defined(params).map(([name, value]) =>
    typeof value === 'boolean' ? `--${value ? '' : 'no-'}${kebab(name)}` : `--${kebab(name)} ${quote(String(value), shell)}`,
  );
  const continuation = shell === 'unix' ? ' \\' : ' ^';
  return [`aws elasticache ${kebab(action)}`, ...options.map((o) => `    ${o}`)].join(`${continuation}\n`);
}

/** The Query API request in the seed's GET form; the console sends the same as a form POST. */
export function queryRequest({ action, params }: ApiRequest, endpoint: string): string {
  const lines = [`?Action=${action}`];
  for (const [name, value] of defined(params)) lines.push(`&${name}=${encodeURIComponent(String(value))}`);
  lines.push('&Version=2015-02-02', '&SignatureVersion=4', '&SignatureMethod=HmacSHA256', '&Timestamp=<timestamp>', '&X-Amz-Credential=<credential>');
  return [`${endpoint.replace(/\/*$/, '/')}`, ...lines.map((l) => `    ${l}`)].join('\n');
}
