import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, defineConfig, devices } from '@playwright/test';
import { FIXTURE_ROOT } from './e2e/fixture/site';
import { standaloneServerPath } from './build/paths.mjs';

/**
 * The fixture site (e2e/fixture, built by scripts/build-fixture-site.ts) behind the three ways it
 * is deployed: `next start`, the standalone server, nginx. The real content/ (built by
 * `npm run build` in this folder) is served too, for the checks that hold whatever it contains.
 */
const NEXT_PORT = 3123;
const CONTENT_PORT = 3124;
const STANDALONE_PORT = 3125;
const NGINX_PORT = 8080;
// The fixture copy is built with the filesystem root as its tracing root.
const STANDALONE_SERVER = standaloneServerPath(FIXTURE_ROOT, path.parse(FIXTURE_ROOT).root);
const REAL_CONTENT = /real-content\.spec/;

/**
 * Playwright's own Chromium where it was downloaded, otherwise the system's: Debian's headless shell
 * first (the lighter old-headless build Playwright itself uses for headless runs), then Debian's chromium.
 */
function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // No bundled browser registered: fall through to the system one.
  }
  return ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
}

const desktop = { ...devices['Desktop Chrome'], locale: 'zh-CN', viewport: { width: 1280, height: 900 } };

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${NEXT_PORT}`,
    // Headless Chromium otherwise asks for English, and "/" would send every test to /en.
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'desktop', testIgnore: REAL_CONTENT, use: { ...desktop } },
    // What depends on the screen's width: layout, menu, typography, axe and screenshots at 390 px.
    {
      name: 'phone',
      testMatch: /(chrome|accessibility|news|reading-mode)\.spec/,
      use: { ...devices['Pixel 7'], locale: 'zh-CN', viewport: { width: 390, height: 844 } },
    },
    // The static export behind nginx (npm run build:static, deploy/nginx.conf): everything that depends on how pages
    // are served. Its pages come from the same code as the Node build's, whose markup and navigation the desktop
    // and phone projects check.
    {
      name: 'static',
      testIgnore: [REAL_CONTENT, /editing\.spec/, /accessibility\.spec/, /news\.spec/, /reading-mode\.spec/, /service-pages\.spec/],
      use: { ...desktop, baseURL: `http://127.0.0.1:${NGINX_PORT}` },
    },
    // The self-contained Node server: serving, routing, headers (security and search-engine) and every asset.
    {
      name: 'standalone',
      testMatch: /(routing|security|deploy|china-seo)\.spec/,
      use: { ...desktop, baseURL: `http://127.0.0.1:${STANDALONE_PORT}` },
    },
    // The real content/, whatever editors have put in it.
    { name: 'content', testMatch: REAL_CONTENT, use: { ...desktop, baseURL: `http://127.0.0.1:${CONTENT_PORT}` } },
  ],
  // Production builds only (npm test builds them first); tests never run against the dev server.
  webServer: [
    { command: `npx next start -p ${NEXT_PORT} -H 127.0.0.1`, cwd: FIXTURE_ROOT, url: `http://127.0.0.1:${NEXT_PORT}/zh`, timeout: 60_000 },
    {
      command: `node ${STANDALONE_SERVER}`,
      cwd: FIXTURE_ROOT,
      env: { PORT: String(STANDALONE_PORT), HOSTNAME: '127.0.0.1' },
      url: `http://127.0.0.1:${STANDALONE_PORT}/zh`,
      timeout: 60_000,
    },
    { command: 'npm run serve:static', cwd: FIXTURE_ROOT, url: `http://127.0.0.1:${NGINX_PORT}/zh`, timeout: 60_000 },
    { command: `npx next start -p ${CONTENT_PORT} -H 127.0.0.1`, url: `http://127.0.0.1:${CONTENT_PORT}/zh`, timeout: 60_000 },
  ],
});
