import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { getMessages } from "@/lib/i18n/server";
import { PersonView } from "@/components/people/person-view";
import { loadPerson } from "./load-person";

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePage("catalog:read");
  const person = await loadPerson({ actor, id });
  if (!person) notFound();
  const { m } = await getMessages(actor);
  return (
    <>
      <Link href="/people" className="text-sm text-indigo-700 hover:underline">← {m.people.detail.back}</Link>
      <div className="mt-2">
        <PersonView person={person} canManage={can(actor.role, "users:manage")} currentUserId={actor.userId} />
      </div>
    </>
  );
}
