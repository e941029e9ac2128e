// Browser tests: the elements in Debian's Chromium, against fixtures served by this server (no mocked fetch).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Real HTTP answers the elements must cope with: a server error, and an HTML error page sent as 200.
 * /status/hits tells how many requests each of them has had.
 */
const hits = new Map();
async function failingRoutes(context, next) {
  if (context.path === '/status/hits') {
    context.type = 'json';
    context.body = JSON.stringify(Object.fromEntries(hits));
    return;
  }
  if (context.path.startsWith('/status/')) hits.set(context.path, (hits.get(context.path) ?? 0) + 1);
  if (context.path === '/status/500') {
    context.status = 500;
    context.body = 'Internal Server Error';
    return;
  }
  if (context.path === '/status/html') {
    context.type = 'html';
    context.body = '<!doctype html><title>Lỗi</title><p>Trang không tồn tại</p>';
    return;
  }
  await next();
}

export default {
  files: ['test/components/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 180000,
  middleware: [failingRoutes],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
