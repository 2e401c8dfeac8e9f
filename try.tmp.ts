import { readFileSync } from "node:fs";
import { loadCatalogue } from "@/lib/catalogue";
import { readPublishedDocument } from "@/lib/report/read-printed";
import { extractAtoms, comparePrinted } from "@/lib/report/atoms";
import { deriveReport } from "@/lib/report/derive";
for (const f of ["fixtures/000.json", "fixtures/001.json"]) {
  const { view } = readPublishedDocument(JSON.parse(readFileSync(f, "utf8")));
  const { atoms, rows } = extractAtoms(view);
  const d = deriveReport({ template: view.template, catalogue: loadCatalogue(view.year), atoms, rows, unit: view.unit, year: view.year });
  console.log(f, atoms.size);
  for (const x of comparePrinted(view, d)) console.log(`  ${x.table} ${x.row} ${x.column}: ${x.printed} vs ${x.derived} (${x.difference})`);
}
