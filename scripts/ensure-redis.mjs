// The data-plane tests (`--data-plane`) start real servers: valkey-server or Debian's
// redis-server must be on the PATH. Without one, say how to get it and stop.
import { spawnSync } from 'node:child_process';

const found = ['valkey-server', 'redis-server'].find((name) => spawnSync(name, ['--version'], { stdio: 'ignore' }).status === 0);
if (!found) {
  console.error(
    'The data-plane tests need redis-server (or valkey-server). On Debian or Ubuntu: sudo apt-get install -y redis-server (then run the tests again).',
  );
  process.exit(1);
}
