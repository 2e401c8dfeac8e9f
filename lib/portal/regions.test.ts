import { describe, expect, it } from "vitest";
import { regionIndex } from "./regions";

const ROWS = [
  { id: "hn", name: "湖南省", parentId: null },
  { id: "zz", name: "株洲市", parentId: "hn" },
  { id: "ht", name: "株洲市荷塘区", parentId: "zz" },
  { id: "yy", name: "益阳市", parentId: "hn" },
  { id: "hs", name: "益阳市赫山区", parentId: "yy" },
];

describe("regionIndex", () => {
  const index = regionIndex(ROWS);
  it("gives each region its path from the top", () => {
    expect(index.path("ht")).toEqual(["湖南省", "株洲市", "株洲市荷塘区"]);
    expect(index.name("hs")).toBe("益阳市赫山区");
    expect(index.path("missing")).toEqual([]);
  });
  it("matches a region and every region below it", () => {
    expect(index.matching("株洲").sort()).toEqual(["ht", "zz"]);
    expect(index.matching("赫山")).toEqual(["hs"]);
    expect(index.matching("湖南")).toHaveLength(5);
    expect(index.matching("北京")).toEqual([]);
  });
  it("survives a cycle in bad data", () => {
    const cyclic = regionIndex([{ id: "a", name: "甲", parentId: "b" }, { id: "b", name: "乙", parentId: "a" }]);
    expect(cyclic.path("a").length).toBeLessThanOrEqual(2);
  });
});
