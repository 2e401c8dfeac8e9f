import type { Metadata } from "next";
import { connection } from "next/server";
import { ZodJitless } from "@/components/security/zod-jitless";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "决算通", template: "%s · 决算通" },
  description: "部门决算编制、审核、汇总与公开",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: Next puts the CSP nonce of this request (proxy.ts) on its scripts,
  // which a page prerendered at build time could not carry.
  await connection();
  return (
    <html lang="zh-CN">
      <body className="min-h-screen antialiased">
        <ZodJitless />
        {children}
      </body>
    </html>
  );
}
