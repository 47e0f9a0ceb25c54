import { defineConfig } from "vitest/config";

/** `pnpm test` runs every tier: unit and integration, end-to-end, infrastructure. */
export default defineConfig({
  test: {
    globalSetup: ["tests/setup/services.ts"],
    setupFiles: ["tests/setup/table.ts"],
    testTimeout: 20_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: "domain",
          include: ["packages/*/src/**/*.test.ts", "functions/src/**/*.test.ts", "web/src/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/setup/services.ts", "tests/setup/web-build.ts"],
          testTimeout: 90_000,
          fileParallelism: false,
        },
      },
      {
        test: { name: "infra", include: ["infra/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 300_000 },
      },
    ],
  },
});
