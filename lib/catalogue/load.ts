/**
 * Year catalogues from the repository (data/catalogues/<year>/, embedded by generate.ts). A year without
 * its own files uses the latest earlier catalogue (2022 and 2023 use 2021's), and a year before the first
 * uses the first: the bureau's import of the official catalogue for a year will replace this later.
 */
import { createCodeCatalogue, type CodeCatalogue } from "./catalogue";
import { parseCatalogueCsv } from "./csv";
import { CATALOGUE_CSV } from "./data.generated";
import type { CatalogueKind } from "./types";

export interface YearCatalogue {
  /** The catalogue year actually used (may be earlier than the year asked for). */
  year: number;
  func: CodeCatalogue;
  econ: CodeCatalogue;
}

const cache = new Map<number, YearCatalogue>();

export function catalogueYears(): number[] {
  return Object.keys(CATALOGUE_CSV).map(Number).sort((a, b) => a - b);
}

function catalogueYearFor(year: number): number {
  const years = catalogueYears();
  const earlier = years.filter((y) => y <= year);
  return earlier.length > 0 ? earlier[earlier.length - 1] : years[0];
}

function build(kind: CatalogueKind, year: number, text: string): CodeCatalogue {
  const result = parseCatalogueCsv(text, { kind });
  if (!result.ok) {
    const first = result.errors[0];
    throw new Error(`目录文件 data/catalogues/${year}/${kind === "FUNC" ? "func" : "econ"}.csv 有误：${first.message}`);
  }
  return createCodeCatalogue(kind, result.entries);
}

/** The catalogues for a report year (synchronous; parsed once per catalogue year). */
export function loadCatalogue(year: number): YearCatalogue {
  const catalogueYear = catalogueYearFor(year);
  let catalogue = cache.get(catalogueYear);
  if (!catalogue) {
    const csv = CATALOGUE_CSV[String(catalogueYear)];
    catalogue = {
      year: catalogueYear,
      func: build("FUNC", catalogueYear, csv.func),
      econ: build("ECON", catalogueYear, csv.econ),
    };
    cache.set(catalogueYear, catalogue);
  }
  return catalogue;
}
