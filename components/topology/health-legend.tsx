"use client";
import { useI18n } from "@/lib/i18n/client";
import { AT_RISK_COLOR, HEALTH_COLORS, type HealthKey } from "@/components/health/health-marks";
import { LegendSwatch, MapLegend } from "./map-legend";

const KEYS: HealthKey[] = ["DOWN", "DEGRADED", "NO_DATA", "UP", "UNKNOWN"];

/** What the colours and the at-risk mark mean while the map shows health (or why it does not yet). */
export function HealthLegend({ loading, failed, onRetry }: { loading: boolean; failed: boolean; onRetry: () => void }) {
  const { m } = useI18n();
  const t = m.health.map;
  return (
    <MapLegend title={t.legend} testId="health-legend" loading={loading} failed={failed} loadingText={t.loading} failedText={t.failed} onRetry={onRetry}>
      {KEYS.map((k) => <LegendSwatch key={k} color={HEALTH_COLORS[k]} label={m.health.states[k]} />)}
      <LegendSwatch color={AT_RISK_COLOR} label={`⚠ ${t.atRisk}`} round />
      <li className="text-slate-500">{t.edges}</li>
    </MapLegend>
  );
}
