import { describe, expect, it } from "vitest";
import { parsePortalQuery, portalHref, searchTerms } from "./search";

describe("parsePortalQuery", () => {
  it("reads q, year, view and page", () => {
    expect(parsePortalQuery({ q: "  荷塘   区委 ", year: "2024", view: "department", page: "3" })).toEqual({ q: "荷塘 区委", year: 2024, view: "department", page: 3 });
  });
  it("falls back to the first page of everything for odd values", () => {
    expect(parsePortalQuery({ year: "20x4", view: "grid", page: "-2" })).toEqual({ q: "", year: null, view: "year", page: 1 });
    expect(parsePortalQuery({ page: "0" }).page).toBe(1);
    expect(parsePortalQuery({ q: ["a", "b"] }).q).toBe("a");
  });
  it("caps the length of the search box", () => {
    expect(parsePortalQuery({ q: "字".repeat(80) }).q).toHaveLength(50);
  });
});

describe("searchTerms", () => {
  it("separates years from words, with 年/年度 and full-width separators", () => {
    expect(searchTerms("株洲 2024年度")).toEqual({ words: ["株洲"], years: [2024] });
    expect(searchTerms("荷塘区，2021年　2021")).toEqual({ words: ["荷塘区"], years: [2021] });
  });
  it("keeps numbers that are not years as words", () => {
    expect(searchTerms("430202 12")).toEqual({ words: ["430202", "12"], years: [] });
  });
  it("uses at most five words", () => {
    expect(searchTerms("a b c d e f g").words).toEqual(["a", "b", "c", "d", "e"]);
  });
});

describe("portalHref", () => {
  it("keeps only what differs from the defaults", () => {
    expect(portalHref({ q: "", year: null, view: "year", page: 1 })).toBe("/gongkai");
    expect(portalHref({ q: "荷塘", year: 2021, view: "department", page: 2 })).toBe("/gongkai?q=%E8%8D%B7%E5%A1%98&year=2021&view=department&page=2");
  });
});
