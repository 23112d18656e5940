import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One test file per core: most of the suite waits on spawned CLIs and local servers, not on this process
    // (on the 2-core machine: 104 s with vitest's default of one worker fewer than the cores, 62 s with both).
    maxWorkers: availableParallelism(),
    // The files of a worker share its modules: each loading the NLP model, the gazetteer and the extractors again
    // was a third of the suite's time (62 s → 42-48 s on the 2-core machine). No test stubs modules, timers or the
    // environment, and the modules' caches are keyed by the knowledge base they serve.
    isolate: false,
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
