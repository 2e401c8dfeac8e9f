import "dotenv/config";
import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma 7's CLI refuses to run migrate/db/generate without its native schema engine, which it would
// download from binaries.prisma.sh (unreachable here). Point it at our wasm-backed shim instead; an
// explicit value in the environment still wins. __dirname keeps this independent of the cwd.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(__dirname, "tools", "schema-engine-shim.cjs");

const url = process.env.DATABASE_URL;
const shadowDatabaseUrl = process.env.SHADOW_DATABASE_URL;

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // Not `env("DATABASE_URL")`: that throws when unset, and `prisma generate` (postinstall) needs no
  // database. Commands that do need one report the missing URL themselves.
  datasource: url ? { url, ...(shadowDatabaseUrl ? { shadowDatabaseUrl } : {}) } : undefined,
});
