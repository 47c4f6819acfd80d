import "server-only";
import { env } from "@/lib/env";
import type { TMessage } from "@/lib/schemas/notify-delivery";

export type IncidentFacts = {
  id: string;
  number: number;
  title: string;
  /** The lead alert's summary ("Checkout p95 latency 4.2 s"), "" when it has none. */
  summary: string;
  severity: string;
  systemName: string;
  teamName: string | null;
};

export type IncidentMessageOptions =
  | { kind: "TRIGGER"; incident: IncidentFacts }
  | { kind: "ESCALATION"; incident: IncidentFacts; step: number; round: number; policyName: string }
  | { kind: "RECOVERY"; incident: IncidentFacts };

/** The console's address of an incident, absolute when the app knows its own (NEXTAUTH_URL). */
export function incidentLink(incidentId: string): string {
  const base = env().NEXTAUTH_URL?.replace(/\/$/, "") ?? "";
  return `${base}/alerts/incidents/${incidentId}`;
}

/**
 * What an incident's notification says: English, then Chinese, in one message (a channel serves
 * a team whose members may read either; people's locale is not known to a group robot).
 */
export function incidentMessage(o: IncidentMessageOptions): TMessage {
  const i = o.incident;
  const sev = i.severity.toLowerCase();
  const team = i.teamName ? ` (team ${i.teamName})` : "";
  const teamZh = i.teamName ? `（团队 ${i.teamName}）` : "";
  const head = { TRIGGER: "[FIRING 告警]", ESCALATION: "[ESCALATED 升级]", RECOVERY: "[RESOLVED 已恢复]" }[o.kind];
  const subject = `${head} #${i.number} ${i.systemName}: ${i.title}`.slice(0, 300);
  let text: string;
  if (o.kind === "TRIGGER") {
    text = `Incident #${i.number} opened on ${i.systemName}${team}, severity ${sev}: ${i.title}\n`
      + `事件 #${i.number} 已在系统 ${i.systemName}${teamZh}上触发，严重级别 ${sev}：${i.title}`;
  } else if (o.kind === "ESCALATION") {
    text = `Incident #${i.number} on ${i.systemName}${team} is not acknowledged: step ${o.step + 1}, round ${o.round + 1} of policy ${o.policyName}. Severity ${sev}: ${i.title}\n`
      + `事件 #${i.number}（${i.systemName}${teamZh}）仍未确认：升级策略 ${o.policyName} 第 ${o.round + 1} 轮第 ${o.step + 1} 步。严重级别 ${sev}：${i.title}`;
  } else {
    text = `Incident #${i.number} on ${i.systemName}${team} is resolved: ${i.title}\n`
      + `事件 #${i.number}（${i.systemName}${teamZh}）已恢复：${i.title}`;
  }
  if (i.summary) text = `${i.summary}\n\n${text}`;
  return { subject, text, severity: sev, link: incidentLink(i.id) };
}
