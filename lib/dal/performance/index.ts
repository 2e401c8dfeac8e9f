/** Scoped reads and writes of the 绩效自评 forms and report texts; every function takes the session. */
export { loadPerformance, loadDerivedView, type PerfWorkspace, type StoredPerfForm } from "./load";
export { createPerfForm, savePerfForm, renamePerfForm, deletePerfForm, type PerfConflict } from "./forms";
export { savePerfText, type PerfTextConflict } from "./texts";
export { stagePerfImport, confirmPerfImport, cancelPerfImport, type StagedImport } from "./import";
export { performanceFindings, derivedForms, generatedReport, publicationAttachment } from "./check";
