import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
    environment: 'node',
    // Pins or prints the fast-check seed, so a failed property can be replayed (FC_SEED).
    setupFiles: ['test/fast-check-setup.ts'],
  },
});
