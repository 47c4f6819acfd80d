"use client";
import Link from "next/link";
import { signOut } from "next-auth/react";
import { useI18n } from "@/lib/i18n/client";
import { Badge } from "@/components/ui/feedback";

export function UserMenu({ name, role }: { name: string; role: "ADMIN" | "ENGINEER" | "VIEWER" }) {
  const { m } = useI18n();
  return (
    <div className="flex items-center gap-3 text-sm">
      <span className="text-slate-700" data-testid="current-user">{name}</span>
      <Badge tone="indigo">{m.enums.Role[role]}</Badge>
      <Link href="/settings/tokens" className="text-slate-600 hover:text-slate-900">{m.common.nav.tokens}</Link>
      <button type="button" className="text-slate-600 hover:text-slate-900" onClick={() => signOut({ callbackUrl: "/login" })}>
        {m.common.nav.signOut}
      </button>
    </div>
  );
}
