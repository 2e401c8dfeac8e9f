import { redirect } from "next/navigation";
import { homePathFor } from "@/components/layout/nav";
import { requirePageSession } from "@/lib/auth/session";

export default async function HomePage() {
  const user = await requirePageSession();
  redirect(homePathFor(user.role));
}
