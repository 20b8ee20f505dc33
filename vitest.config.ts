import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const resolve = {
  alias: {
    '@/': root,
    // `server-only` throws outside React Server Components; tests import server modules directly.
    'server-only': fileURLToPath(new URL('./tests/setup/server-only.ts', import.meta.url)),
  },
};

export default defineConfig({
  plugins: [react()],
  resolve,
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'tests/unit/**/*.test.ts',
            'tests/gateway/**/*.test.ts',
            'tests/status/**/*.test.ts',
            'tests/cache/**/*.test.ts',
            'tests/integration/**/*.test.ts',
            'tests/security/**/*.test.ts',
            'lib/**/*.test.ts',
          ],
          setupFiles: ['tests/setup/node.ts'],
        },
      },
      {
        plugins: [react()],
        resolve,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.tsx', 'components/**/*.test.tsx'],
          setupFiles: ['tests/setup/dom.ts'],
          // next-intl imports `next/navigation` without an extension, which only a bundler resolves.
          server: { deps: { inline: ['next-intl'] } },
        },
      },
    ],
  },
});
