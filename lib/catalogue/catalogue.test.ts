import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCatalogueCsv } from "./csv";
import { renderGeneratedModule } from "./generate";
import { loadCatalogue } from "./load";
import { nameKey, stripNumbering } from "./names";

const CLASS_NAMES_2021 = [
  "一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出", "文化旅游体育与传媒支出",
  "社会保障和就业支出", "卫生健康支出", "节能环保支出", "城乡社区支出", "农林水支出", "交通运输支出",
  "资源勘探工业信息等支出", "商业服务业等支出", "金融支出", "援助其他地区支出", "自然资源海洋气象等支出", "住房保障支出",
  "粮油物资储备支出", "国有资本经营预算支出", "灾害防治及应急管理支出", "其他支出", "债务还本支出", "债务付息支出",
  "抗疫特别国债安排的支出",
];

describe("catalogue data", () => {
  it("embedded module matches the CSV files", () => {
    expect(readFileSync("lib/catalogue/data.generated.ts", "utf8")).toBe(renderGeneratedModule());
  });

  it.each([2021, 2024])("%i lists the 26 功能 类 of 公开01 in order", (year) => {
    const names = loadCatalogue(year).func.childrenOf(null).map((e) => e.name);
    expect(names).toEqual(CLASS_NAMES_2021);
  });

  it("has every code of the fixtures with its printed name (truncated 000 labels aside)", () => {
    const { func, econ } = loadCatalogue(2021);
    const truncated = new Set(["30108", "30231", "30299", "39908"]);
    for (const file of ["fixtures/000.json", "fixtures/001.json"]) {
      const doc = JSON.parse(readFileSync(file, "utf8"));
      for (const table of doc.tables) {
        for (const row of table.rows) {
          if (!row.code) continue;
          const catalogue = table.no === "公开06" ? econ : func;
          expect(catalogue.get(row.code), `${file} ${row.code}`).toBeDefined();
          if (file.startsWith("fixtures/000") && truncated.has(row.code)) continue;
          expect(nameKey(catalogue.nameOf(row.code)!)).toBe(nameKey(row.label));
        }
      }
    }
  });

  it("2024 replaces 39906 赠与 by 39909/39910", () => {
    expect(loadCatalogue(2021).econ.childrenOf("399").map((e) => e.code)).toEqual(["39906", "39907", "39908", "39999"]);
    expect(loadCatalogue(2024).econ.childrenOf("399").map((e) => e.code)).toEqual(["39907", "39908", "39909", "39910", "39999"]);
    expect(loadCatalogue(2024).econ.nameOf("39910")).toBe("资本性赠与");
  });

  it("falls back to the latest earlier catalogue year", () => {
    expect(loadCatalogue(2023).year).toBe(2021);
    expect(loadCatalogue(2025).year).toBe(2024);
    expect(loadCatalogue(2019).year).toBe(2021);
  });
});

describe("look-ups", () => {
  const { func } = loadCatalogue(2021);
  it("names, children and ancestors", () => {
    expect(func.nameOf("20103")).toBe("政府办公厅（室）及相关机构事务");
    expect(func.childrenOf("20126").map((e) => e.code)).toContain("2012604");
    expect(func.ancestorsOf("2013101").map((e) => e.code)).toEqual(["201", "20131"]);
  });
  it("class by printed line label", () => {
    expect(func.classByName("一、一般公共服务支出")?.code).toBe("201");
    expect(func.classByName("二十六、抗疫特别国债安排的支出")?.code).toBe("234");
    expect(func.classByName("科学技术（类）支出")?.code).toBe("206");
    expect(func.classByName("本年支出合计")).toBeUndefined();
  });
  it("search by code prefix then by name", () => {
    expect(func.search("20131").map((e) => e.code)).toEqual(["20131", "2013101", "2013102", "2013103", "2013150", "2013199"]);
    const byName = func.search("档案");
    expect(byName.map((e) => e.code)).toEqual(["20126", "2012604"]);
    expect(func.search("办公厅(室)").length).toBeGreaterThan(2);
  });
  it("strips numbering", () => {
    expect(stripNumbering("（三）国有资本")).toBe("国有资本");
    expect(stripNumbering("十、节能环保支出")).toBe("节能环保支出");
  });
});

describe("parseCatalogueCsv", () => {
  const header = "code,name,level,parent\n";
  it("accepts a valid file, normalises brackets and sorts", () => {
    const r = parseCatalogueCsv(header + "20103,政府办公厅(室)及相关机构事务,2,201\n201,一般公共服务支出,1,\n");
    expect(r).toEqual({
      ok: true,
      entries: [
        { code: "201", name: "一般公共服务支出", level: 1, parent: null },
        { code: "20103", name: "政府办公厅（室）及相关机构事务", level: 2, parent: "201" },
      ],
    });
  });
  it("reports each problem with its line number", () => {
    const text =
      header +
      "201,一般公共服务支出,1,\n" + // 2 ok
      "2010,错误长度,2,201\n" + // 3 length vs level
      "20199,其他,2,201\n" + // 4 ok
      "20199,重复,2,201\n" + // 5 duplicate
      "2069999,无上级,3,20699\n" + // 6 unknown parent
      "2019999,上级不符,3,20103\n" + // 7 parent is not the code prefix
      "301,,1,\n" + // 8 no name
      "30101,基本工资,4,301\n"; // 9 bad level
    const r = parseCatalogueCsv(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.line)).toEqual([3, 5, 6, 7, 8, 9]);
    expect(r.errors[0].message).toBe("第 3 行科目编码“2010”与级次不符：款级编码应为 5 位数字。");
    expect(r.errors[1].message).toBe("第 5 行科目编码 20199 重复（第 4 行已出现）。");
    expect(r.errors[2].message).toBe("第 6 行科目 2069999 的上级科目 20699 不在目录中，请先添加上级科目。");
    expect(r.errors[3].message).toContain("上级编码应为 20199");
    expect(r.errors[4].message).toBe("第 8 行科目 301 缺少名称。");
    expect(r.errors[5].message).toContain("级次“4”无效");
  });
  it("rejects a wrong header and 项 in an 经济 catalogue", () => {
    const bad = parseCatalogueCsv("编码,名称\n201,x,1,\n");
    expect(bad.ok).toBe(false);
    const econ = parseCatalogueCsv(header + "301,工资福利支出,1,\n30101,基本工资,2,301\n3010101,x,3,30101\n", { kind: "ECON" });
    expect(econ.ok ? [] : econ.errors.map((e) => e.line)).toEqual([4]);
  });
  it("reads quoted names with commas", () => {
    const r = parseCatalogueCsv(header + '201,"一般,公共",1,\n');
    expect(r.ok && r.entries[0].name).toBe("一般,公共");
  });
});
