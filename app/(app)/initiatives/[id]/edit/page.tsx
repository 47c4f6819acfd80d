import { requirePage } from "@/server/auth/require-page";
import { InitiativeEdit } from "@/components/initiatives/initiative-edit";

export default async function EditInitiativePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePage("standards:manage");
  const { id } = await params;
  return <InitiativeEdit id={id} />;
}
