import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // 2-core machines: PDF tests are CPU-heavy, keep parallelism modest.
    maxWorkers: 2,
    // Messages follow the locale (LC_ALL, LC_MESSAGES, LANG): tests speak English unless they say otherwise.
    env: { LANG: "C", LC_ALL: "", LC_MESSAGES: "" },
  },
});
