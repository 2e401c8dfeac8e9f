export { loadCatalogue, catalogueYears, type YearCatalogue } from "./load";
export { createCodeCatalogue, type CodeCatalogue } from "./catalogue";
export { parseCatalogueCsv, type CatalogueCsvError, type CatalogueCsvResult } from "./csv";
export { officialName, nameKey, stripNumbering } from "./names";
export * from "./types";
