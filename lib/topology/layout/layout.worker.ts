// The layout worker: computeLayout off the main thread, so a 1,000-system layout never freezes
// the map. Only the newest request is worth computing: the client has already given up on older
// ones (see layout-client.ts), so they are skipped without an answer.
import { computeLayout } from "./compute-layout";
import { ZLayoutInput, type LayoutRequest, type LayoutResponse } from "./layout-types";

// The part of DedicatedWorkerGlobalScope we use (the "webworker" lib would clash with "dom").
type WorkerScope = {
  addEventListener: (type: "message", listener: (event: MessageEvent<LayoutRequest>) => void) => void;
  postMessage: (message: LayoutResponse) => void;
};
const scope = self as unknown as WorkerScope;

let latest = 0;

scope.addEventListener("message", async (event) => {
  const { requestId, input } = event.data;
  latest = requestId;
  // Let requests already queued behind this one arrive first.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (requestId !== latest) return;
  let response: LayoutResponse;
  try {
    response = { requestId, result: computeLayout(ZLayoutInput.parse(input)) };
  } catch (error) {
    response = { requestId, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
});
