import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
        exclude: ['**/node_modules/**', 'test/e2e/**', 'test/vscode/**'],
        testTimeout: 30_000,
        // The preview's stylesheet is embedded as text (`?raw`) in the standalone page.
        css: { include: [/webview\.css/] },
    },
});
