import { defineConfig } from 'vitest/config';

// Node suites only; the elements are tested in Chromium by web-test-runner (test/components).
export default defineConfig({
  test: { include: ['test/core/**/*.test.ts'] },
});
