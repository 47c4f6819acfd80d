"use client";
import { COMPLIANCE_LEVELS } from "@/lib/schemas/enums";
import { useI18n } from "@/lib/i18n/client";
import { LEVEL_COLORS } from "@/components/compliance/compliance-marks";
import { LegendSwatch, MapLegend } from "./map-legend";

type Props = { loading: boolean; failed: boolean; onRetry: () => void };

/** What the colours mean while the map is coloured by level (or why it is not yet). */
export function LevelLegend({ loading, failed, onRetry }: Props) {
  const { m } = useI18n();
  const t = m.topology.levels;
  return (
    <MapLegend title={t.legend} testId="level-legend" loading={loading} failed={failed} loadingText={t.loading} failedText={t.failed} onRetry={onRetry}>
      {COMPLIANCE_LEVELS.map((level) => <LegendSwatch key={level} color={LEVEL_COLORS[level]} label={m.enums.ComplianceLevel[level]} />)}
    </MapLegend>
  );
}
