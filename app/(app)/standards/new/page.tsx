import { requirePage } from "@/server/auth/require-page";
import { StandardEdit } from "@/components/standards/standard-edit";

export default async function NewStandardPage() {
  await requirePage("standards:manage");
  return <StandardEdit />;
}
