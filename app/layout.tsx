import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "决算通", template: "%s · 决算通" },
  description: "部门决算编制、审核、汇总与公开",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen antialiased">{children}</body>
    </html>
  );
}
