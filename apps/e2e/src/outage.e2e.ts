import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_PORTS, ROOT } from './environment';
import { checkPage, settled, signInAtProvider } from './support';

interface Database {
  url: string;
  stop(): Promise<void>;
}
type Start = (o: { dataDir: string; port: number; database: string; quiet: boolean }) => Promise<Database>;

/**
 * The database goes away while a partner fills in a form: the submit is
 * refused as "briefly unavailable", the page says so, what she typed stays;
 * the database comes back and the same form, sent again, succeeds. A portal
 * of this journey's own (API process and PostgreSQL server), so the other
 * journeys never see the outage.
 */
test('a form sent while the database is away keeps what was typed and succeeds once it is back', async ({ browser }, testInfo) => {
  const { startEmbeddedPostgres } = (await import(join(ROOT, 'tools/embedded-postgres.mjs'))) as { startEmbeddedPostgres: Start };
  const dataDir = join(ROOT, '.data/postgres-e2e-outage');
  rmSync(dataDir, { recursive: true, force: true });
  const options = { dataDir, port: E2E_PORTS.outageDatabase, database: 'outage', quiet: true };
  let database = await startEmbeddedPostgres(options);
  const baseURL = `http://localhost:${E2E_PORTS.outageApi}`;
  const api: ChildProcess = spawn(process.execPath, [join(ROOT, 'dist/api/apps/api/src/main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      SEED_DEMO_DATA: 'true',
      WEB_DIST_DIR: 'dist/apps/web',
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      SCHEDULER_ENABLED: 'false',
      PORT: String(E2E_PORTS.outageApi),
      PUBLIC_URL: baseURL,
      OIDC_ISSUER: `http://localhost:${E2E_PORTS.devIdp}/realms/grensportaal`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(join(ROOT, 'dist/e2e/logs/api-outage.log'));
  api.stdout?.pipe(log);
  api.stderr?.pipe(log);
  try {
    await expect.poll(async () => (await fetch(`${baseURL}/health/ready`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);

    const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => window.localStorage.setItem('grensportaal.language', 'en'));
    const page = await context.newPage();
    await page.goto('/bottlenecks/new');
    await signInAtProvider(page, 'dev-idp', 'anna.degroot');
    await page.waitForURL('**/bottlenecks/new');
    await settled(page);
    // Her account remembers Dutch: this journey is in English.
    if ((await page.locator('html').getAttribute('lang')) !== 'en') await page.getByRole('group', { name: /^(Language|Taal|Sprache)$/ }).locator('button[lang="en"]').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Log a bottleneck' })).toBeVisible();

    const field = (label: string) => page.getByLabel(label, { exact: true });
    const title = `Cross-border apprenticeships are not recognised ${Date.now()}`;
    await field('Agenda').selectOption('NL-NRW');
    await field('Theme').selectOption({ index: 1 });
    await field('Region').fill('Achterhoek – Kreis Borken');
    await field('Title').fill(title);
    await field('Description').fill('Apprentices trained in a German company cannot finish their Dutch vocational course.');
    await field('Why it should be solved').fill('Young people in the border region lose a year.');
    await field('Kind of bottleneck').selectOption('ADMINISTRATIVE_RULE');

    await database.stop();
    await page.getByRole('button', { name: 'Submit to the secretariat' }).click();
    await expect(page.getByText('Grensportaal is briefly unavailable.')).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Nothing you entered has been lost');
    await expect(page).toHaveURL(/\/bottlenecks\/new$/);
    await expect(field('Title')).toHaveValue(title);
    await expect(field('Why it should be solved')).toHaveValue('Young people in the border region lose a year.');
    await checkPage(page, testInfo, 'outage-1-unavailable');

    database = await startEmbeddedPostgres(options);
    await expect.poll(async () => (await fetch(`${baseURL}/health/ready`).catch(() => null))?.status, { timeout: 30_000 }).toBe(200);
    await page.getByRole('button', { name: 'Submit to the secretariat' }).click();
    await page.waitForURL(/\/bottlenecks\/NRW-\d{4}-\d{3}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText('Grensportaal is briefly unavailable.')).toHaveCount(0);
    await checkPage(page, testInfo, 'outage-2-back');
    await context.close();
  } finally {
    await new Promise<void>((resolve) => {
      if (api.exitCode !== null) return resolve();
      api.once('exit', () => resolve());
      api.kill('SIGKILL');
    });
    await database.stop();
  }
});
