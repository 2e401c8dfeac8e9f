// PLACEHOLDER seed from the infra branch: the lead's scripts/seed.ts (demo data + logins) replaces it.
// start.mjs and the e2e setup run it with DATABASE_URL set; it must be idempotent.
console.log("[seed] placeholder: no demo data loaded yet (DATABASE_URL is %s)", process.env.DATABASE_URL ? "set" : "unset");
