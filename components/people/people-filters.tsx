"use client";
import { useI18n } from "@/lib/i18n/client";
import { ROLES } from "@/lib/schemas/enums";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { SearchInput } from "@/components/ui/search-input";

type Props = {
  params: Record<string, string | undefined>;
  set: (changes: Record<string, string | undefined>) => void;
  clear: () => void;
  /** The role filter is for admins: only they see roles. */
  showRole: boolean;
};

export function PeopleFilters({ params, set, clear, showRole }: Props) {
  const { m } = useI18n();
  const filtered = Boolean(params.q || params.active || params.role);
  return (
    <div role="search" className="mb-3 flex flex-wrap items-center gap-2">
      {/* The controls are w-full by design: their wrappers set the width. */}
      <div className="w-full sm:w-72">
        <SearchInput label={m.people.searchLabel} value={params.q ?? ""} onChange={(q) => set({ q })} />
      </div>
      <div className="w-40">
        <Select aria-label={m.people.filters.status} value={params.active ?? ""} onChange={(e) => set({ active: e.target.value })}>
          <option value="">{m.people.filters.anyStatus}</option>
          <option value="true">{m.people.status.active}</option>
          <option value="false">{m.people.status.inactive}</option>
        </Select>
      </div>
      {showRole && (
        <div className="w-40">
          <Select aria-label={m.people.filters.role} value={params.role ?? ""} onChange={(e) => set({ role: e.target.value })}>
            <option value="">{m.people.filters.anyRole}</option>
            {ROLES.map((r) => <option key={r} value={r}>{m.enums.Role[r]}</option>)}
          </Select>
        </div>
      )}
      {filtered && <Button variant="ghost" onClick={clear}>{m.common.actions.clearFilters}</Button>}
    </div>
  );
}
