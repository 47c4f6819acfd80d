import { requirePage } from "@/server/auth/require-page";
import { InterfaceEdit } from "@/components/interfaces/interface-edit";

export default async function EditInterfacePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePage("catalog:write");
  const { id } = await params;
  return <InterfaceEdit id={id} />;
}
