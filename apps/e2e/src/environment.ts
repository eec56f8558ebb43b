import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');

/** Debian's Chromium; tests never download a browser of their own. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Ports of the portal under test: one API (with the web app) per identity provider. */
export const E2E_PORTS = {
  devIdpApi: Number(process.env.E2E_PORT ?? 3300),
  keycloakApi: Number(process.env.E2E_KEYCLOAK_PORT ?? 3301),
  devIdp: Number(process.env.E2E_DEV_IDP_PORT ?? 3310),
  /** A portal of the outage journey's own, on a database it stops and starts. */
  outageApi: Number(process.env.E2E_OUTAGE_PORT ?? 3302),
  outageDatabase: Number(process.env.E2E_OUTAGE_DB_PORT ?? 54329),
  /** The ClamAV daemon the portal scans documents with. */
  clamd: Number(process.env.E2E_CLAMD_PORT ?? 3319),
};

/** Where every journey leaves a screenshot of each page it visits (CI keeps this folder). */
export const SCREENSHOT_DIR = join(ROOT, 'dist/e2e/screenshots');

export const DEMO_PASSWORD = 'grensportaal';
