// The browser side of the layout worker. Only the latest request matters to the map: asking again
// rejects the previous promise with an AbortError (callers ignore those), and its late answer is
// dropped. The worker starts with the client and lives until dispose().
import type { LayoutInput, LayoutResponse, LayoutResult } from "./layout-types";

export type LayoutClient = {
  layout: (input: LayoutInput) => Promise<LayoutResult>;
  dispose: () => void;
};

type Pending = { requestId: number; resolve: (result: LayoutResult) => void; reject: (error: Error) => void };

const abortError = (message: string) => new DOMException(message, "AbortError");

export function createLayoutClient(): LayoutClient {
  let worker: Worker | null = null;
  let pending: Pending | null = null;
  let nextId = 1;
  let disposed = false;

  const settle = (response: LayoutResponse) => {
    if (!pending || pending.requestId !== response.requestId) return; // superseded
    const { resolve, reject } = pending;
    pending = null;
    if ("error" in response) reject(new Error(response.error));
    else resolve(response.result);
  };

  const start = () => {
    // The literal `new URL(…, import.meta.url)` inside `new Worker(…)` is what webpack and
    // Turbopack recognise to bundle the worker: keep it in this exact shape.
    const created = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
    created.onmessage = (event: MessageEvent<LayoutResponse>) => settle(event.data);
    // The worker answers its own errors; this is for one that failed to load or crashed, so the
    // next request starts a fresh one.
    created.onerror = (event) => {
      event.preventDefault();
      created.terminate();
      if (worker === created) worker = null;
      const failed = pending;
      pending = null;
      failed?.reject(new Error(event.message || "The layout worker failed"));
    };
    return created;
  };

  worker = start();
  return {
    layout(input) {
      if (disposed) return Promise.reject(abortError("The layout client was disposed"));
      pending?.reject(abortError("Superseded by a newer layout request"));
      worker ??= start();
      const requestId = nextId++;
      return new Promise<LayoutResult>((resolve, reject) => {
        pending = { requestId, resolve, reject };
        worker!.postMessage({ requestId, input });
      });
    },
    dispose() {
      disposed = true;
      pending?.reject(abortError("The layout client was disposed"));
      pending = null;
      worker?.terminate();
      worker = null;
    },
  };
}
