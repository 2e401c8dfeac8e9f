"use client";

import { z } from "zod";

// zod 4 probes `Function("")` to decide whether it may compile fast parsers. Under our CSP (no
// 'unsafe-eval', lib/http/security-headers.ts) the probe is refused and the browser reports a CSP
// violation on every page with a form. Telling zod up front not to try keeps the console clean; the
// interpreted parsers it then uses are what it falls back to anyway.
z.config({ jitless: true });

/** Rendered once in the root layout so that this module runs before any form validates. */
export function ZodJitless() {
  return null;
}
