import { defineConfig } from '@playwright/test';
import { CHROMIUM, E2E_PORTS } from './src/environment';

/**
 * Browser journeys in Debian's Chromium (never a downloaded browser) against
 * the built portal on a real PostgreSQL: once through the development identity
 * provider, and once through the real Keycloak when one is running (CI).
 */
const providers = [
  { name: 'dev-idp', baseURL: `http://localhost:${E2E_PORTS.devIdpApi}` },
  // The database outage journey runs once: the outage is on the database side, one identity provider is enough.
  ...(process.env.KEYCLOAK_ISSUER ? [{ name: 'keycloak', baseURL: `http://localhost:${E2E_PORTS.keycloakApi}`, testIgnore: '**/outage.e2e.ts' }] : []),
];

export default defineConfig({
  testDir: './src',
  testMatch: '**/*.e2e.ts',
  outputDir: '../../dist/e2e/test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  globalSetup: './src/global-setup.ts',
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    viewport: { width: 1280, height: 900 },
    trace: 'off',
    screenshot: 'off',
  },
  projects: providers.map(({ baseURL, ...project }) => ({ ...project, use: { baseURL } })),
});
