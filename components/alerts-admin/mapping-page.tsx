"use client";
import { useState } from "react";
import { Banner } from "@/components/ui/feedback";
import { MappingRules } from "./mapping-rules";
import { UnmappedList } from "./unmapped-list";
import { RejectionsLog } from "./rejections-log";

/**
 * /alerts/mapping: the rules, the label values no rule maps (with "Map to…"), and for engineers
 * and admins the deliveries intake refused (the API refuses viewers that log).
 */
export function MappingPage({ canWrite }: { canWrite: boolean }) {
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <div className="space-y-4">
      {notice && <Banner tone="success">{notice}</Banner>}
      <UnmappedList canWrite={canWrite} onNotice={setNotice} />
      <MappingRules canWrite={canWrite} onNotice={setNotice} />
      {canWrite && <RejectionsLog />}
    </div>
  );
}
