import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One test file per core: most of the suite waits on spawned CLIs and local servers, not on this process
    // (on the 2-core machine: 104 s with vitest's default of one worker fewer than the cores, 62 s with both).
    maxWorkers: availableParallelism(),
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
