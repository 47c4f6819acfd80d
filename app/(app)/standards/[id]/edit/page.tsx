import { requirePage } from "@/server/auth/require-page";
import { StandardEdit } from "@/components/standards/standard-edit";

export default async function EditStandardPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePage("standards:manage");
  const { id } = await params;
  return <StandardEdit id={id} />;
}
