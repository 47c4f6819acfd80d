import { requirePage } from "@/server/auth/require-page";
import { SystemEdit } from "@/components/systems/system-edit";

export default async function EditSystemPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePage("catalog:write");
  const { id } = await params;
  return <SystemEdit id={id} />;
}
