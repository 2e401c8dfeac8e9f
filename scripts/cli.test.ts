/** The CLI router and `check`: output, JSON shape and exit codes. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cli } from "./cli/testing";


describe("check", () => {
  it("prints the findings in Chinese and exits 1 when there is an ERROR (000)", async () => {
    const { code, out } = await cli("check", "fixtures/000.json");
    expect(code).toBe(1);
    expect(out).toMatch(/^中共株洲市荷塘区委办公室 2021 年度部门决算：错误 7 项，警告 5 项，提示 0 项；另有 3 处尾数差异在允许范围内（加 --all 列出）。/u);
    expect(out).toContain("[错误] 公开06 301 工资福利支出 “决算数”  T06.SUM.CHILDREN");
  });

  it("exits 0 without ERROR (001) and prints the reference JSON shape with --json --all", async () => {
    const { code, out } = await cli("check", "fixtures/001.json", "--json", "--all");
    expect(code).toBe(0);
    const json = JSON.parse(out);
    const reference = JSON.parse(readFileSync("fixtures/001.reference-findings.json", "utf8"));
    expect(json.summary).toEqual(reference.summary);
    expect(Object.keys(json.findings[0])).toEqual(["rule", "severity", "table", "row", "column", "expected", "actual", "difference", "tolerance", "message"]);
    expect(json.findings).toHaveLength(reference.findings.length);
  });

  it("exits 2 with a Chinese message on bad arguments or an unreadable file", async () => {
    expect(await cli("check")).toMatchObject({ code: 2, err: expect.stringContaining("请指定要检查的文件") });
    expect(await cli("check", "nope.json")).toMatchObject({ code: 2, err: expect.stringContaining("无法读取文件“nope.json”") });
    expect(await cli("check", "package.json", "--bogus")).toMatchObject({ code: 2, err: expect.stringContaining("不认识的选项") });
    expect(await cli("check", "fixtures/000.json", "--prior")).toMatchObject({ code: 2, err: expect.stringContaining("--prior 后面需要一个值") });
  });
});

describe("router", () => {
  it("lists the commands and rejects unknown ones", async () => {
    expect(await cli("help")).toMatchObject({ code: 0, out: expect.stringContaining("check FILE") });
    expect(await cli("frobnicate")).toMatchObject({ code: 2, err: expect.stringContaining("未知命令“frobnicate”") });
  });

  it("runs as `npm run cli -- check` with the exit code of the command", () => {
    const run = (file: string) => {
      try {
        return { code: 0, out: execFileSync("node_modules/.bin/tsx", ["scripts/cli.ts", "check", file, "--json"], { encoding: "utf8" }) };
      } catch (e) {
        const error = e as { status: number; stdout: string };
        return { code: error.status, out: error.stdout };
      }
    };
    const bad = run("fixtures/000.json");
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out).summary.ERROR).toBe(7);
    expect(run("fixtures/001.json").code).toBe(0);
  }, 30_000);
});
