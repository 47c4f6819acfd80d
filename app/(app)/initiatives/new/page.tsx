import { requirePage } from "@/server/auth/require-page";
import { InitiativeEdit } from "@/components/initiatives/initiative-edit";

export default async function NewInitiativePage() {
  await requirePage("standards:manage");
  return <InitiativeEdit />;
}
