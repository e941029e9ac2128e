import { defineConfig } from 'vitest/config';

// Node suites. test/examples drives headless Chromium over the built example pages; the elements'
// own browser suites run in web-test-runner (test/components).
export default defineConfig({
  test: { include: ['test/core/**/*.test.ts', 'test/examples/**/*.test.ts', 'test/hardening/**/*.node.test.ts'], setupFiles: ['test/quiet-lit.ts'] },
});
