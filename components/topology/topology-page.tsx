"use client";
import { ReactFlowProvider } from "@xyflow/react";
import { TopologyWorkspace } from "./topology-workspace";

/** /topology: React Flow's store wraps the whole workspace so toolbar and panels can reach the canvas. */
export function TopologyPage({ canWrite }: { canWrite: boolean }) {
  return (
    <ReactFlowProvider>
      <TopologyWorkspace canWrite={canWrite} />
    </ReactFlowProvider>
  );
}
