import Link from "next/link";
import { getPageActor } from "@/server/auth/get-actor";
import { getMessages } from "@/lib/i18n/server";
import { EmptyState } from "@/components/ui/feedback";

export default async function PersonNotFound() {
  const { m } = await getMessages(await getPageActor());
  return (
    <EmptyState title={m.people.detail.notFound}>
      <Link href="/people" className="text-indigo-700 hover:underline">{m.people.detail.back}</Link>
    </EmptyState>
  );
}
