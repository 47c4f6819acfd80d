import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { LayoutRequest, LayoutResponse } from "./layout-types";

// The worker module talks to `self`; here `self` is a stand-in scope installed before the module
// is loaded. Like a browser's, a message goes to the listeners and to `onmessage`.
const scope = Object.assign(new EventTarget(), {
  onmessage: null as ((event: MessageEvent) => void) | null,
  postMessage: vi.fn<(message: LayoutResponse) => void>(),
});

beforeAll(async () => {
  vi.stubGlobal("self", scope);
  await import("./layout.worker");
});
afterAll(() => vi.unstubAllGlobals());

const send = (data: unknown) => {
  const event = new MessageEvent("message", { data: data as LayoutRequest });
  scope.dispatchEvent(event);
  scope.onmessage?.(event);
};
const answered = () => vi.waitFor(() => expect(scope.postMessage).toHaveBeenCalled(), { timeout: 10_000 });
const input = {
  nodes: [{ id: "a", width: 220, height: 64 }, { id: "b", width: 220, height: 64 }],
  edges: [{ id: "e", source: "a", target: "b" }],
};

describe("layout.worker", () => {
  it("answers a request with its layout, under the request's id", async () => {
    scope.postMessage.mockClear();
    send({ requestId: 7, input });
    await answered();
    const [response] = scope.postMessage.mock.calls[0];
    expect(response.requestId).toBe(7);
    expect("result" in response && Object.keys(response.result.positions).sort()).toEqual(["a", "b"]);
  });

  it("answers an invalid request with an error message instead of throwing", async () => {
    scope.postMessage.mockClear();
    send({ requestId: 9, input: { nodes: [{ id: "a", width: -1, height: 64 }], edges: [] } });
    await answered();
    expect(scope.postMessage.mock.calls[0][0]).toMatchObject({ requestId: 9, error: expect.any(String) });
  });

  it("skips a request that a newer one has overtaken", async () => {
    scope.postMessage.mockClear();
    send({ requestId: 10, input });
    send({ requestId: 11, input });
    await answered();
    expect(scope.postMessage.mock.calls.map(([r]) => r.requestId)).toEqual([11]);
  });
});
