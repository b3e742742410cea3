import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
        // Browser tests need Debian's Chromium: `npm run test:e2e` runs them (OKR_BROWSER_TESTS=1),
        // so that `npm test` works on a fresh machine with nothing but Node.
        exclude: ['**/node_modules/**', 'test/e2e/**', 'test/vscode/**', ...(process.env.OKR_BROWSER_TESTS ? [] : ['test/preview/**', '**/*.browser.test.ts'])],
        testTimeout: 30_000,
        // The preview's stylesheet is embedded as text (`?raw`) in the standalone page.
        css: { include: [/(webview|sparkline|report)\.css/] },
    },
});
