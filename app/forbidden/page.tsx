import Link from "next/link";
import { getPageActor } from "@/server/auth/get-actor";
import { getMessages } from "@/lib/i18n/server";

export default async function ForbiddenPage() {
  const { m } = await getMessages(await getPageActor());
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-3">
      <h1 className="text-lg font-semibold">403</h1>
      <p className="text-sm text-slate-600">{m.common.states.forbidden}</p>
      <Link href="/" className="text-sm text-indigo-700 hover:underline">{m.common.nav.dashboard}</Link>
    </main>
  );
}
