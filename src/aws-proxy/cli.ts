import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { loadConfig, NODE_REGION_CONFIG_FILE_OPTIONS, NODE_REGION_CONFIG_OPTIONS } from '@smithy/core/config';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { CONSOLE_ACTIONS } from '../domain/console-actions';
import { CallFailed } from './signed-call';
import { startAwsProxy } from './start-proxy';

const USAGE = `npm run console:aws -- [options]
  --profile <name>          the AWS profile (else the standard chain: environment, AWS_PROFILE,
                            SSO, container or instance role)
  --region <region>         the region (else AWS_REGION or the profile's region)
  --read-only               forward Describe* and List* calls only
  --port 4590               where the proxy listens, on 127.0.0.1 only
  --allow-origin <origin>   also let pages of this origin call it (repeatable; the console's
                            own http://localhost:5173 and :4173 always may)
  --proxy-only              don't start the console's dev server
  --target <url>            send the calls there instead of AWS (tests: moto_server)`;

const { values } = parseArgs({
  options: {
    help: { type: 'boolean', short: 'h' },
    profile: { type: 'string' },
    region: { type: 'string' },
    'read-only': { type: 'boolean', default: false },
    port: { type: 'string', default: '4590' },
    'allow-origin': { type: 'string', multiple: true, default: [] },
    'proxy-only': { type: 'boolean', default: false },
    target: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(`npm run console:aws: ${message}`);
  process.exit(2);
}

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const port = /^\d+$/.test(values.port) && Number(values.port) <= 65_535 ? Number(values.port) : fail(`--port must be 0 to 65535 (got "${values.port}").`);
for (const origin of values['allow-origin']) {
  if (!URL.canParse(origin) || new URL(origin).origin !== origin) fail(`--allow-origin must be an origin such as http://localhost:4175 (got "${origin}").`);
}
const profile = values.profile;
// The SDK's own region lookup: AWS_REGION, then the profile's region in ~/.aws/config.
const region = values.region ?? (await loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, profile })().catch(() => undefined));
if (!region) fail('no region: pass --region, set AWS_REGION, or give the profile a region.');

let running;
try {
  running = await startAwsProxy({
    region,
    // The chain @aws-sdk/credential-providers' fromNodeProviderChain wraps; this version loads
    // the STS role assumers for role and web-identity profiles itself (credential-provider-ini
    // resolveAssumeRoleCredentials.js), so the wrapper would add only a dependency.
    credentials: defaultProvider(profile ? { profile } : {}),
    readOnly: values['read-only'],
    port,
    host: '127.0.0.1',
    allowedOrigins: values['allow-origin'],
    target: values.target,
    log: (line) => console.log(line),
  });
} catch (error) {
  const hint =
    error instanceof CallFailed && error.kind === 'credentials'
      ? '\nCredentials come from the standard chain: --profile <name> (after `aws sso login --profile <name>` for SSO), AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.'
      : '';
  fail(`can't start: ${error instanceof Error ? error.message : String(error)}${hint}`);
}
const { identity, url } = running;
const mode = values['read-only'] ? 'read-only: Describe*/List* only' : `${CONSOLE_ACTIONS.size} console actions`;
console.log(`AWS proxy on ${url}/ for account ${identity.account} in ${region} as ${identity.arn} (${mode})`);

if (!values['proxy-only']) {
  // The console's dev server, built for the proxy: unsigned requests to it, its account in the top bar.
  const env = { ...process.env, VITE_ELASTICACHE_ENDPOINT: url, VITE_AWS_REGION: region, VITE_AWS_PROXY: 'true' };
  const vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--port', '5173', '--strictPort'], { stdio: 'inherit', env });
  vite.on('exit', (code) => process.exit(code ?? 0));
  process.on('exit', () => vite.kill());
}
