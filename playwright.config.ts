import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, defineConfig, devices } from '@playwright/test';
import { FIXTURE_ROOT } from './e2e/fixture/site';
import { standaloneServerPath } from './build/paths.mjs';
import { DEFAULT_LOCALE, LOCALE_TAGS } from './i18n/locales.mjs';
import { freePortsSync } from './tests/support/free-port';
import { writeLocalNginxConfig } from './tests/support/local-nginx';

/**
 * The fixture site (e2e/fixture, built by scripts/build-fixture-site.ts) behind the three ways it
 * is deployed: `next start`, the standalone server, nginx. The real content/ (built by
 * `npm run build` in this folder) is served too, for the checks that hold whatever it contains.
 */
// Free ports, chosen once by the runner: its workers load this file again and inherit them through the environment.
const firstLoad = !process.env.E2E_PORTS;
process.env.E2E_PORTS ??= freePortsSync(4).join(',');
const [NEXT_PORT, CONTENT_PORT, STANDALONE_PORT, NGINX_PORT] = process.env.E2E_PORTS.split(',').map(Number);
const NGINX_CONFIG = path.join(FIXTURE_ROOT, 'deploy/nginx.conf');
const NGINX_TEST_CONFIG = 'deploy/nginx.e2e.conf';
if (firstLoad && existsSync(NGINX_CONFIG)) writeLocalNginxConfig(FIXTURE_ROOT, NGINX_PORT, NGINX_TEST_CONFIG);
// The fixture copy is built with the filesystem root as its tracing root.
const STANDALONE_SERVER = standaloneServerPath(FIXTURE_ROOT, path.parse(FIXTURE_ROOT).root);
const REAL_CONTENT = /real-content\.spec/;
const EDITING = /editing\.spec/;
const NEWSROOM = /(newsroom(-[a-z]+)?|visitor-messages)\.spec/;

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

// A browser that asks for the default language, as most visitors do: "/" sends it there.
const browserLocale = LOCALE_TAGS[DEFAULT_LOCALE].htmlLang;
const desktop = { ...devices['Desktop Chrome'], locale: browserLocale, viewport: { width: 1280, height: 900 } };

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
    locale: browserLocale,
    // A failed test keeps its trace (actions, DOM snapshots, network); no screencast, which every test paid for.
    trace: { mode: 'retain-on-failure', screenshots: false, sources: false },
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  // Which project runs a test is said here and by the tags of e2e/support.ts (ON): no test starts a browser to skip itself.
  projects: [
    // Projects start in this order: the longest tests first, so that no worker is left with one at the end.
    // The editing servers (npm run dev, npm run admin) in project copies.
    // A dev server compiles each page on its first request: more than the default 30 s on a busy 2-core machine.
    { name: 'editing', testMatch: EDITING, timeout: 120_000, use: { ...desktop } },
    // The newsroom (npm run cms) in a git checkout, behind its own nginx: publishing builds a release.
    { name: 'newsroom', testMatch: NEWSROOM, timeout: 60_000, use: { ...desktop } },
    // The real content/, whatever editors have put in it: few tests, but long ones, so early too.
    { name: 'content', testMatch: REAL_CONTENT, use: { ...desktop, baseURL: `http://127.0.0.1:${CONTENT_PORT}` } },
    // `next start`: markup, behaviour, navigation, SEO and accessibility, once.
    { name: 'desktop', testIgnore: [REAL_CONTENT, EDITING, NEWSROOM], grepInvert: /@phone-only|@not-next-start/, use: { ...desktop } },
    // What depends on the screen's width: layout, menu, typography, axe at 390 px.
    {
      name: 'phone',
      testMatch: /(chrome|accessibility|news|reading-mode)\.spec/,
      grepInvert: /@desktop-only/,
      use: { ...devices['Pixel 7'], locale: browserLocale, viewport: { width: 390, height: 844 } },
    },
    // The static export behind nginx (npm run build:static, deploy/nginx.conf) and the self-contained Node server: what
    // depends on how pages are served (status, headers, types, compression, routing, search), by request. Their pages
    // come from the same code as next start's, whose markup the desktop project checks.
    {
      name: 'static',
      grep: /@nginx/,
      testIgnore: [REAL_CONTENT, EDITING, NEWSROOM],
      use: { ...desktop, baseURL: `http://127.0.0.1:${NGINX_PORT}` },
    },
    {
      name: 'standalone',
      grep: /@standalone/,
      testIgnore: [REAL_CONTENT, EDITING, NEWSROOM],
      use: { ...desktop, baseURL: `http://127.0.0.1:${STANDALONE_PORT}` },
    },
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
    {
      command: `nginx -p "$PWD" -c ${NGINX_TEST_CONFIG} -g 'daemon off;'`,
      cwd: FIXTURE_ROOT,
      url: `http://127.0.0.1:${NGINX_PORT}/zh`,
      timeout: 60_000,
    },
    { command: `npx next start -p ${CONTENT_PORT} -H 127.0.0.1`, url: `http://127.0.0.1:${CONTENT_PORT}/zh`, timeout: 60_000 },
  ],
});
