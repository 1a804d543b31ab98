import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "src/**/*.test.ts",
      "tests/http/**/*.test.ts",
      "tests/architecture/**/*.test.ts",
      "tests/cli/**/*.test.ts",
    ],
    // Each HTTP test file starts its own database; two cores run two files at a time.
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
