import "server-only";
import type { TSlaReport } from "@/lib/schemas/sla";
import { csvFileName, toCsv } from "@/lib/csv";

const yesNo = (met: boolean | null | undefined) => (met === null || met === undefined ? "" : met ? "met" : "missed");

/** The report's interface rows as a spreadsheet: one row per interface, objectives side by side. */
export function slaCsv(report: TSlaReport): Response {
  const header = [
    "key", "name", "team", "tier",
    "availability_target_pct", "availability_pct", "availability", "error_budget_left", "down_minutes",
    "latency_p95_target_ms", "latency_p95_ms", "latency", "hours_over",
    "freshness_target_min", "fresh_share", "freshness", "stale_minutes", "breached",
  ];
  const rows = report.interfaces.map((r) => [
    r.key, r.name, r.team?.name ?? "", r.tier,
    r.availability?.target, r.availability?.measured, yesNo(r.availability?.met), r.availability?.budgetLeft, r.availability?.downMinutes,
    r.latency?.target, r.latency?.measured, yesNo(r.latency?.met), r.latency?.hoursOver,
    r.freshness?.target, r.freshness?.measured, yesNo(r.freshness?.met), r.freshness?.staleMinutes, r.breached,
  ]);
  return new Response(toCsv(header, rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${csvFileName(`sla-${report.month}`)}"`,
      "cache-control": "no-store",
    },
  });
}
