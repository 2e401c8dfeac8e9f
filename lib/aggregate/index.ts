/** Public surface of aggregation (汇总); no server-only imports, so the CLI and the bench use it too. */
export { computeAggregate, aggregateTitle, type AggregateInput } from "./compute";
export { departmentTarget, regionTarget, findTargetByNameOrCode, subtreeRegionIds } from "./targets";
export { loadYearContext, type YearContext } from "./year-context";
export * from "./types";
