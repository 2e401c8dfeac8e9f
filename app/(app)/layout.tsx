import { AppHeader } from "@/components/layout/app-header";
import { requirePageSession } from "@/lib/auth/session";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageSession();
  return (
    <>
      <AppHeader user={user} />
      <main className="mx-auto max-w-[1600px] px-4 py-4">{children}</main>
    </>
  );
}
