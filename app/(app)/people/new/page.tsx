import Link from "next/link";
import { requirePage } from "@/server/auth/require-page";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { NewPersonForm } from "@/components/people/new-person-form";

export default async function NewPersonPage() {
  const actor = await requirePage("users:manage");
  const { m } = await getMessages(actor);
  return (
    <>
      <Link href="/people" className="text-sm text-indigo-700 hover:underline">← {m.people.detail.back}</Link>
      <div className="mt-2">
        <PageHeader title={m.people.create.title} subtitle={m.people.create.subtitle} />
      </div>
      <NewPersonForm />
    </>
  );
}
