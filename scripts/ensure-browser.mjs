// Finds a Chromium for Playwright: Debian's /usr/bin/chromium when present, otherwise
// Playwright's own, installed here on a machine that can download it.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (existsSync('/usr/bin/chromium')) {
  console.log('Using /usr/bin/chromium');
} else {
  console.log('No /usr/bin/chromium: installing Playwright\'s Chromium');
  try {
    execSync('npx playwright install chromium', { stdio: 'inherit' });
  } catch {
    console.error(
      'Could not install a browser. On Debian or Ubuntu: sudo apt-get install -y chromium (then run the tests again).',
    );
    process.exit(1);
  }
}
