"use client";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";
import { AT_RISK_COLOR, HEALTH_COLORS, type HealthKey } from "@/components/health/health-marks";

const KEYS: HealthKey[] = ["DOWN", "DEGRADED", "NO_DATA", "UP", "UNKNOWN"];

/** What the colours and the at-risk mark mean while the map shows health (or why it does not yet). */
export function HealthLegend({ loading, failed, onRetry }: { loading: boolean; failed: boolean; onRetry: () => void }) {
  const { m } = useI18n();
  const t = m.health.map;
  return (
    <div className="absolute bottom-3 left-14 z-10 rounded-md border border-slate-200 bg-white/95 px-3 py-2 text-xs text-slate-700 shadow"
      role="group" aria-label={t.legend} data-testid="health-legend">
      <p className="mb-1 font-semibold text-slate-800">{t.legend}</p>
      {failed ? (
        <p className="text-red-700">{t.failed} <Button variant="ghost" onClick={onRetry}>{m.common.actions.retry}</Button></p>
      ) : loading ? (
        <p role="status">{t.loading}</p>
      ) : (
        <ul className="space-y-0.5">
          {KEYS.map((k) => (
            <li key={k} className="flex items-center gap-1.5">
              <span className="inline-block h-3 w-3 rounded-sm" style={{ background: HEALTH_COLORS[k] }} aria-hidden />
              {m.health.states[k]}
            </li>
          ))}
          <li className="flex items-center gap-1.5">
            <span className="inline-block h-3 w-3 rounded-full border-2" style={{ borderColor: AT_RISK_COLOR }} aria-hidden />
            ⚠ {t.atRisk}
          </li>
          <li className="text-slate-500">{t.edges}</li>
        </ul>
      )}
    </div>
  );
}
