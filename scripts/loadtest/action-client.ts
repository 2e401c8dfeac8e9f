/**
 * Calling a server action over HTTP exactly as the browser does: POST to the page that uses it, with the
 * action's id in the `Next-Action` header (read from the production build's server-reference manifest),
 * the arguments as a JSON array, the session cookie, and the page's own Origin (Next refuses actions
 * from another origin). The answer is a React Server Components stream whose row 1 holds the result.
 */
import fs from "node:fs";
import path from "node:path";

export function findActionId(buildDir: string, filename: string, exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(buildDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const hit = Object.entries(manifest.node).find(([, a]) => a.filename === filename && a.exportedName === exportedName);
  if (!hit) throw new Error(`server action ${filename}#${exportedName} is not in the build manifest`);
  return hit[0];
}

/** The action's return value from an RSC answer: the row whose id is the one row 0 points at ("$@1"). */
export function parseActionResult(body: string): unknown {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  const head = rows.get("0");
  if (head === undefined) throw new Error(`not an action answer: ${body.slice(0, 200)}`);
  const pointer = (JSON.parse(head) as { a?: unknown }).a;
  if (typeof pointer === "string" && pointer.startsWith("$@")) {
    const row = rows.get(pointer.slice(2));
    if (row === undefined) throw new Error(`action answer lacks row ${pointer}`);
    return JSON.parse(row);
  }
  return pointer;
}

export interface ActionCall {
  baseUrl: string;
  pagePath: string;
  actionId: string;
  cookie: string;
  args: unknown[];
  timeoutMs?: number;
}

export async function callAction(call: ActionCall): Promise<{ status: number; result: unknown }> {
  const response = await fetch(`${call.baseUrl}${call.pagePath}`, {
    method: "POST",
    headers: {
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      "next-action": call.actionId,
      origin: call.baseUrl,
      cookie: call.cookie,
    },
    body: JSON.stringify(call.args),
    redirect: "manual",
    signal: AbortSignal.timeout(call.timeoutMs ?? 30_000),
  });
  const body = await response.text();
  if (response.status !== 200) return { status: response.status, result: null };
  return { status: response.status, result: parseActionResult(body) };
}
