import Link from "next/link";

/** A record's first cell in the compliance tables: its name, linking to it, and its key. */
export function RecordNameCell({ href, name, recordKey }: { href: string; name: string; recordKey: string }) {
  return (
    <td className="py-1.5 pr-3">
      <Link href={href} className="font-medium text-indigo-700 hover:underline">{name}</Link>
      <code className="ml-1.5 text-xs text-slate-500">{recordKey}</code>
    </td>
  );
}
