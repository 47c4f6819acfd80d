import { Suspense } from "react";
import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { PeopleDirectory } from "@/components/people/people-directory";

export default async function PeoplePage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  const canManage = can(actor.role, "users:manage");
  return (
    <>
      <PageHeader title={m.people.title} subtitle={m.people.subtitle}
        actions={canManage && <ButtonLink href="/people/new">{m.people.newPerson}</ButtonLink>} />
      <Suspense>
        <PeopleDirectory canManage={canManage} currentUserId={actor.userId} />
      </Suspense>
    </>
  );
}
