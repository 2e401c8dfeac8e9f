/**
 * Narrative inputs of the fixture reports (fixtures/narrative-inputs/<seed>.json): what the seed's text
 * states that no table holds. Format `narrative-inputs/1`: `inputs` maps an S.* atom key to
 * `{ wan: "321.77" }` (an amount in 万元) or `{ count: "22" }`, with `from` quoting where the seed states it;
 * `texts` are the seed's reasons and free texts by ReportText key.
 */
import { readFileSync } from "node:fs";
import { Dec, wanToYuan } from "@/lib/money";
import type { NarrativeInputs } from "../inputs";

interface FixtureFile {
  inputs: Record<string, { wan?: string; count?: string; from: string }>;
  texts: Record<string, string>;
}

export function loadFixtureInputs(seed: "000" | "001"): { inputs: NarrativeInputs; texts: Record<string, string> } {
  const file = JSON.parse(readFileSync(`fixtures/narrative-inputs/${seed}.json`, "utf8")) as FixtureFile;
  const inputs = new Map<string, Dec>();
  for (const [key, entry] of Object.entries(file.inputs)) {
    if (entry.wan !== undefined) inputs.set(key, wanToYuan(new Dec(entry.wan)));
    else if (entry.count !== undefined) inputs.set(key, new Dec(entry.count));
    else throw new Error(`fixtures/narrative-inputs/${seed}.json: ${key} has neither wan nor count`);
  }
  return { inputs, texts: file.texts };
}
