import { describe, expect, it } from "vitest";
import { runCli } from "../cli";
import { parseAggregateExportArgs, wantsAggregate } from "./export-aggregate";

describe("export --department/--region arguments", () => {
  it("reads a department export with the approved basis by default", () => {
    expect(parseAggregateExportArgs(["--department", "株洲市人民政府办公室", "--year", "2021", "--format", "xlsx", "--out", "a.xlsx"])).toEqual({
      kind: "department", target: "株洲市人民政府办公室", year: 2021, format: "xlsx", out: "a.xlsx", basis: "approved",
    });
    expect(parseAggregateExportArgs(["--region", "4302", "--year", "2024", "--format", "json", "--out", "r.json", "--basis", "latest"])).toMatchObject({ kind: "region", target: "4302", basis: "latest" });
  });

  it("refuses missing, duplicated or malformed arguments with a Chinese message", () => {
    const base = ["--year", "2021", "--format", "json", "--out", "x.json"];
    expect(() => parseAggregateExportArgs(base)).toThrow("二选一");
    expect(() => parseAggregateExportArgs(["--department", "a", "--region", "b", ...base])).toThrow("二选一");
    expect(() => parseAggregateExportArgs(["--department", "a", "--year", "二〇二一", "--format", "json", "--out", "x"])).toThrow("四位年度");
    expect(() => parseAggregateExportArgs(["--department", "a", "--year", "2021", "--format", "pdf", "--out", "x"])).toThrow("json 或 xlsx");
    expect(() => parseAggregateExportArgs(["--department", "a", "--year", "2021", "--format", "json"])).toThrow("--out");
    expect(() => parseAggregateExportArgs(["--department", "a", ...base, "--basis", "draft"])).toThrow("--basis");
    expect(() => parseAggregateExportArgs(["--department", "--year", "2021"])).toThrow("--department 后面需要一个值");
    expect(() => parseAggregateExportArgs(["--department", "a", "--department", "b", ...base])).toThrow("只能出现一次");
  });

  it("routes only department/region exports here", () => {
    expect(wantsAggregate(["--region", "43"])).toBe(true);
    expect(wantsAggregate(["--unit", "430202-001-00"])).toBe(false);
  });

  it("exits 2 with the usage before touching the database when arguments are wrong", async () => {
    let err = "";
    const code = await runCli(["export", "--department", "a", "--year", "2021"], { out: () => {}, err: (t) => (err += t) });
    expect(code).toBe(2);
    expect(err).toContain("用法：export --department");
  });
});
