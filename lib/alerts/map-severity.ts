// Severity words monitors use, mapped to our five. Alertmanager's `severity` label is free text by
// convention; an unknown or missing one is a WARNING (worth a look, not a page).
export type Severity = "CRITICAL" | "MAJOR" | "MINOR" | "WARNING" | "INFO";

const WORDS: Record<string, Severity> = {
  critical: "CRITICAL",
  page: "CRITICAL",
  error: "MAJOR",
  major: "MAJOR",
  warning: "WARNING",
  warn: "WARNING",
  info: "INFO",
  minor: "MINOR",
};

export function mapSeverity(label: string | undefined): Severity {
  return (label && WORDS[label.trim().toLowerCase()]) || "WARNING";
}
