import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const exclude = [...configDefaults.exclude, "**/.next/**", "**/.data/**", "e2e/**", "lib/generated/**"];

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: root },
      // `server-only` throws outside React server components; tests import server modules directly.
      { find: /^server-only$/, replacement: fileURLToPath(new URL("node_modules/server-only/empty.js", import.meta.url)) },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["**/*.test.ts", "**/*.test.tsx"],
          exclude: [...exclude, "**/*.integration.test.ts"],
          // Component tests (*.test.tsx) opt into the DOM with a first-line docblock:
          //   // @vitest-environment jsdom
          // (vitest 4 has no per-glob environment setting any more.)
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.integration.test.ts"],
          exclude,
          environment: "node",
          globalSetup: ["lib/testing/global-setup.ts"],
          // Each file gets its own database; two files at a time is what 2 cores sustain.
          maxWorkers: 2,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
