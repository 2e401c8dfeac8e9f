/**
 * Message templates: `{名}` placeholders filled from the finding's variables. `{表号:T05}` is the printed
 * number of another table of the same view, so a 2024 report says 公开09 where a 2021 one says 公开07.
 */
import type { TableKey } from "@/lib/templates/types";
import { TABLE_KEYS } from "@/lib/templates/types";
import type { ViewContext } from "./context";

export type Vars = Record<string, string>;

const FAMILY_PART: Record<string, TableKey> = { T01: "T01I", T04: "T04I" };

const PLACEHOLDER = /\{([^{}]+)\}/gu;

export function renderMessage(template: string, vars: Vars, ctx: Pick<ViewContext, "tableNo">): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    if (name.startsWith("表号:")) {
      // A family key (T01, T04) names the printed number both parts share.
      const key = (FAMILY_PART[name.slice(3)] ?? name.slice(3)) as TableKey;
      return TABLE_KEYS.includes(key) ? ctx.tableNo(key) : whole;
    }
    return vars[name] ?? whole;
  });
}

/** Placeholder names a template uses (for the catalogue tests: every one must be known). */
export function placeholders(template: string): string[] {
  return Array.from(template.matchAll(PLACEHOLDER), (m) => m[1]);
}
