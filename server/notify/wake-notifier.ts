import "server-only";
import { sendJob } from "@/server/jobs/job-queue";

/**
 * After a commit that wrote outbox rows or started an escalation: a notify job now, so delivery
 * does not wait for a poll. Fire and forget; the minute sweep is the net under a lost one.
 */
export function wakeNotifier(): void {
  void sendJob({ name: "notify" });
}
