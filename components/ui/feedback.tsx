"use client";
import type { ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";
import { ApiError } from "@/lib/api-client";
import { Button } from "./button";

export function Spinner({ label }: { label?: string }) {
  const { m } = useI18n();
  return (
    <div role="status" className="flex items-center gap-2 py-6 text-sm text-slate-500">
      <span className="h-4 w-4 animate-spin rounded-full border-2 border-slate-300 border-t-indigo-600" aria-hidden />
      {label ?? m.common.states.loading}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 px-6 py-10 text-center">
      <p className="text-sm font-medium text-slate-700">{title}</p>
      {children && <div className="mt-3 text-sm text-slate-500">{children}</div>}
    </div>
  );
}

/** A request that failed: says why (never a stack trace) and offers a retry. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { m } = useI18n();
  const text =
    error instanceof ApiError
      ? error.status === 403
        ? m.common.states.forbidden
        : error.status === 404
          ? m.common.states.notFound
          : error.detail
      : m.common.states.error;
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
      <p>{text}</p>
      {onRetry && (
        <Button variant="secondary" className="mt-2" onClick={onRetry}>
          {m.common.actions.retry}
        </Button>
      )}
    </div>
  );
}

export function Banner({ tone = "error", children }: { tone?: "error" | "info" | "success"; children: ReactNode }) {
  const tones = { error: "border-red-200 bg-red-50 text-red-800", info: "border-sky-200 bg-sky-50 text-sky-900", success: "border-emerald-200 bg-emerald-50 text-emerald-900" };
  return <div role={tone === "error" ? "alert" : "status"} className={`rounded-md border px-4 py-3 text-sm ${tones[tone]}`}>{children}</div>;
}

export function Badge({ children, tone = "slate" }: { children: ReactNode; tone?: "slate" | "indigo" | "amber" | "red" | "emerald" }) {
  const tones = { slate: "bg-slate-100 text-slate-700", indigo: "bg-indigo-50 text-indigo-700", amber: "bg-amber-50 text-amber-800", red: "bg-red-50 text-red-700", emerald: "bg-emerald-50 text-emerald-700" };
  return <span className={`inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium ${tones[tone]}`}>{children}</span>;
}
