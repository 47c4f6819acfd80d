import "server-only";
import { db } from "@/server/db";
import { compileMatchers, matchesAll, type Matcher } from "@/lib/alerts/match-silence";

/** How many unresolved alerts these matchers match now (the create form's live preview). */
export async function previewSilence({ matchers }: { matchers: Matcher[] }): Promise<{ matching: number }> {
  const compiled = compileMatchers(matchers);
  const open = await db().alert.findMany({ where: { state: { not: "RESOLVED" } }, select: { labels: true } });
  return { matching: open.filter((a) => matchesAll(compiled, a.labels as Record<string, string>)).length };
}
