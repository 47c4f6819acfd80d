import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLayoutClient } from "./layout-client";
import type { LayoutInput, LayoutRequest, LayoutResponse, LayoutResult } from "./layout-types";

/** Stands in for the browser's Worker: records what is posted, lets the test answer. */
class FakeWorker {
  static created: FakeWorker[] = [];
  posted: LayoutRequest[] = [];
  terminated = false;
  onmessage: ((event: { data: LayoutResponse }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault: () => void }) => void) | null = null;
  constructor(public url: URL, public options: WorkerOptions) {
    FakeWorker.created.push(this);
  }
  postMessage(message: LayoutRequest) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(response: LayoutResponse) {
    this.onmessage?.({ data: response });
  }
}

const input: LayoutInput = { nodes: [{ id: "a", width: 10, height: 10 }], edges: [] };
const result: LayoutResult = { positions: { a: { x: 0, y: 0 } }, groups: [], width: 10, height: 10 };

beforeEach(() => {
  FakeWorker.created = [];
  vi.stubGlobal("Worker", FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe("createLayoutClient", () => {
  it("starts one module worker on the worker file and resolves with its answer", async () => {
    const client = createLayoutClient();
    const [worker] = FakeWorker.created;
    expect(worker.url.pathname).toMatch(/layout\.worker\.ts$/);
    expect(worker.options).toEqual({ type: "module" });
    const promise = client.layout(input);
    expect(worker.posted).toEqual([{ requestId: 1, input }]);
    worker.answer({ requestId: 1, result });
    await expect(promise).resolves.toEqual(result);
    expect(FakeWorker.created).toHaveLength(1);
  });

  it("rejects an older pending request with an AbortError when a newer one is made, and ignores its late answer", async () => {
    const client = createLayoutClient();
    const [worker] = FakeWorker.created;
    const older = client.layout(input);
    const newer = client.layout(input);
    await expect(older).rejects.toMatchObject({ name: "AbortError" });
    worker.answer({ requestId: 1, result: { ...result, width: 999 } });
    worker.answer({ requestId: 2, result });
    await expect(newer).resolves.toEqual(result);
  });

  it("rejects with an Error carrying the worker's message when the layout failed", async () => {
    const client = createLayoutClient();
    const promise = client.layout(input);
    FakeWorker.created[0].answer({ requestId: 1, error: "boom" });
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ message: "boom" });
    expect((error as Error).name).not.toBe("AbortError");
  });

  it("replaces a worker that crashed, after rejecting what it was doing", async () => {
    const client = createLayoutClient();
    const promise = client.layout(input);
    FakeWorker.created[0].onerror?.({ message: "script failed", preventDefault: () => undefined });
    await expect(promise).rejects.toThrow("script failed");
    expect(FakeWorker.created[0].terminated).toBe(true);
    const again = client.layout(input);
    expect(FakeWorker.created).toHaveLength(2);
    FakeWorker.created[1].answer({ requestId: 2, result });
    await expect(again).resolves.toEqual(result);
  });

  it("dispose terminates the worker and aborts what is pending", async () => {
    const client = createLayoutClient();
    const promise = client.layout(input);
    client.dispose();
    await expect(promise).rejects.toMatchObject({ name: "AbortError" });
    expect(FakeWorker.created[0].terminated).toBe(true);
    await expect(client.layout(input)).rejects.toMatchObject({ name: "AbortError" });
  });
});
