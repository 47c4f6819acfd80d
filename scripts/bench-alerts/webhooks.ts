// Alertmanager webhook bodies for bench:alerts-intake, built before the clock starts. A pool of
// firing alerts is kept as Alertmanager would see it: each webhook repeats 7 of them, adds 2 new
// fingerprints and resolves 1. One alert in ten is labelled only with a service no rule knows.
import { createHash } from "node:crypto";

export type BuildWebhooksOptions = { keys: string[]; count: number; perWebhook: number };

const SEVERITIES = ["critical", "warning", "warning", "error", "info"];
const RECEIVERS = Array.from({ length: 10 }, (_, i) => `team-${i}`);

// Any stable hex will do for the bench (intake keys on it, it does not recompute it).
const fingerprint = (labels: Record<string, string>) => createHash("sha256").update(JSON.stringify(labels)).digest("hex").slice(0, 16);

export function buildWebhooks({ keys, count, perWebhook }: BuildWebhooksOptions): string[] {
  let next = 0;
  let seed = 12345;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
  const fresh = () => {
    const n = next++;
    const labels: Record<string, string> =
      n % 10 === 9
        ? { alertname: `Legacy${n % 7}`, service: `legacy-${n % 50}`, instance: `host-${n}` }
        : { alertname: `Bench${n % 20}`, junction_system: keys[(n * 7919) % keys.length], instance: `host-${n}`, severity: SEVERITIES[n % SEVERITIES.length] };
    return labels;
  };
  const active: Record<string, string>[] = Array.from({ length: 2_000 }, fresh);
  const bodies: string[] = [];
  for (let w = 0; w < count; w++) {
    const alerts: { labels: Record<string, string>; status: string }[] = [];
    for (let j = 0; j < perWebhook - 3; j++) alerts.push({ labels: active[random(active.length)], status: "firing" });
    for (let j = 0; j < 2; j++) {
      const labels = fresh();
      active.push(labels);
      alerts.push({ labels, status: "firing" });
    }
    const [gone] = active.splice(random(active.length), 1);
    alerts.push({ labels: gone, status: "resolved" });
    bodies.push(JSON.stringify({
      receiver: RECEIVERS[w % RECEIVERS.length], status: "firing", version: "4", groupKey: `{}:{bench="${w}"}`, truncatedAlerts: 0,
      groupLabels: {}, commonLabels: {}, commonAnnotations: {}, externalURL: "http://alertmanager.example.com:9093",
      alerts: alerts.map((a) => ({
        status: a.status, labels: a.labels, annotations: { summary: `${a.labels.alertname} on ${a.labels.instance}` },
        startsAt: "2026-12-05T00:00:00.000Z", endsAt: a.status === "resolved" ? "2026-12-05T01:00:00.000Z" : "0001-01-01T00:00:00Z",
        generatorURL: "http://prometheus.example.com:9090/graph", fingerprint: fingerprint(a.labels),
      })),
    }));
  }
  return bodies;
}
