import { runCli } from "../cli";

/** Runs the CLI in-process, as `npm run cli --silent -- …` would, capturing what it prints (for tests). */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}
