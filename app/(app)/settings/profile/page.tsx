import { requirePage } from "@/server/auth/require-page";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { ProfileForm } from "@/components/people/profile-form";

export default async function ProfilePage() {
  const actor = await requirePage("self:manage");
  const { m } = await getMessages(actor);
  return (
    <>
      <PageHeader title={m.people.profile.title} subtitle={m.people.profile.subtitle} />
      <ProfileForm />
    </>
  );
}
