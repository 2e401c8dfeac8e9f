// PLACEHOLDER from the infra branch so that `next build` and the e2e harness have a page to serve.
// The app's real root layout (lead) replaces this file on merge.
import type { ReactNode } from "react";

export const metadata = { title: "决算通" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  );
}
