import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Minimal unit-test config (core branch); the infra branch owns the full project setup.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: { environment: "node", include: ["**/*.test.ts"], exclude: ["node_modules/**", ".next/**"] },
});
