// Unit tests: browser code runs in jsdom, server code in plain Node.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [react()],
        test: {
          name: 'browser-code',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        test: {
          name: 'server-code',
          environment: 'node',
          include: ['server/**/*.test.ts', 'scripts/**/*.test.ts'],
          // Finds (or starts) the PostgreSQL server the database tests create their databases on.
          globalSetup: ['server/database/postgres-test-setup.ts'],
        },
      },
    ],
  },
});
