"use client";
import { useI18n } from "@/lib/i18n/client";
import type { TUser } from "@/lib/schemas/user";
import { Card } from "@/components/ui/page-header";
import { AccessControl } from "./access-control";
import { ChangeRoleForm } from "./change-role-form";
import { ResetPasswordForm } from "./reset-password-form";

type Props = { person: TUser; isSelf: boolean; onUpdated: (user: TUser) => void };

/** Admin-only controls. Rendered only for "users:manage"; the API refuses everyone else anyway. */
export function PersonAdminPanel({ person, isSelf, onUpdated }: Props) {
  const { m } = useI18n();
  const t = m.people.admin;
  return (
    <Card title={t.title}>
      <div className="divide-y divide-slate-100 [&>*]:py-4 [&>*:first-child]:pt-0 [&>*:last-child]:pb-0">
        <ChangeRoleForm person={person} onUpdated={onUpdated} />
        <section aria-label={t.access} className="space-y-2">
          <h3 className="text-sm font-medium text-slate-700">{t.access}</h3>
          <AccessControl person={person} isSelf={isSelf} onUpdated={onUpdated} />
        </section>
        <section aria-label={t.resetPassword} className="space-y-2">
          <h3 className="text-sm font-medium text-slate-700">{t.resetPassword}</h3>
          <ResetPasswordForm person={person} onUpdated={onUpdated} />
        </section>
      </div>
    </Card>
  );
}
