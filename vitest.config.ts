import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // 2-core machines: PDF tests are CPU-heavy, keep parallelism modest.
    maxWorkers: 2,
  },
});
