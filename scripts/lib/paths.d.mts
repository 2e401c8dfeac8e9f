// Types for the TypeScript callers of paths.mjs.
export const ROOT: string;
