import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

type Props = {
  title: string;
  /** One line under the title: what the figure counts. */
  hint?: string;
  actions?: ReactNode;
  className?: string;
  /** A long table: may continue on the next printed page (between rows, never inside one). */
  breakable?: boolean;
  children: ReactNode;
};

/** A titled dashboard panel; kept whole on one printed page unless breakable (print stylesheet in app/globals.css). */
export function DashboardCard({ title, hint, actions, className, breakable, children }: Props) {
  return (
    <section className={cn("dashboard-card min-w-0", breakable && "dashboard-card-breakable", "rounded-lg border border-slate-200 bg-white p-4", className)} aria-label={title}>
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 flex-1 basis-48">
          <h2 className="text-sm font-semibold text-slate-800">{title}</h2>
          {hint && <p className="mt-0.5 text-xs text-slate-500">{hint}</p>}
        </div>
        {actions && <div className="flex shrink-0 items-center gap-2">{actions}</div>}
      </div>
      {children}
    </section>
  );
}
