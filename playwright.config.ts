import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

/** The same build behind the three ways it is deployed: `next start`, the standalone server, nginx. */
const NEXT_PORT = 3123;
const STANDALONE_PORT = 3125;
const NGINX_PORT = 8080;

/** Playwright's own Chromium where it was downloaded, otherwise the system's (Debian: /usr/bin/chromium). */
function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // No bundled browser registered: fall through to the system one.
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
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
    { name: 'desktop', use: { ...desktop } },
    { name: 'phone', use: { ...devices['Pixel 7'], locale: 'zh-CN', viewport: { width: 390, height: 844 } } },
    // The static export behind nginx (npm run build:static, deploy/nginx.conf): the whole suite again.
    { name: 'static', testIgnore: /rebuild\.spec/, use: { ...desktop, baseURL: `http://127.0.0.1:${NGINX_PORT}` } },
    // The self-contained Node server: serving, routing and headers.
    {
      name: 'standalone',
      testMatch: /(routing|chrome|security)\.spec/,
      use: { ...desktop, baseURL: `http://127.0.0.1:${STANDALONE_PORT}` },
    },
  ],
  // Production builds only (npm test builds them first); tests never run against the dev server.
  webServer: [
    { command: `npx next start -p ${NEXT_PORT} -H 127.0.0.1`, url: `http://127.0.0.1:${NEXT_PORT}/zh`, timeout: 60_000 },
    {
      command: 'node .next/standalone/server.js',
      env: { PORT: String(STANDALONE_PORT), HOSTNAME: '127.0.0.1' },
      url: `http://127.0.0.1:${STANDALONE_PORT}/zh`,
      timeout: 60_000,
    },
    { command: 'npm run serve:static', url: `http://127.0.0.1:${NGINX_PORT}/zh`, timeout: 60_000 },
  ],
});
