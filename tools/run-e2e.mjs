// `npm run test:e2e`: the browser journeys in Debian's Chromium. Without
// Chromium on this machine they cannot run: outside CI that is said plainly
// (install it with `apt-get install -y chromium`); in CI (CI=true) it fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const message = `Browser journeys NOT run: no Chromium at ${chromium}. Install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`;
  if (process.env.CI === 'true') {
    process.stderr.write(`${message}\n`);
    process.exit(1);
  }
  process.stdout.write(`\n*** ${message} ***\n\n`);
  process.exit(0);
}
const require = createRequire(import.meta.url);
const result = spawnSync(process.execPath, [require.resolve('@playwright/test/cli'), 'test', '-c', 'apps/e2e/playwright.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
});
process.exit(result.status ?? 1);
