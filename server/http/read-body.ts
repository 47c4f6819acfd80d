// Reading a request's body for the handler wrapper (server/http/handler.ts): bounded, UTF-8, JSON.
import "server-only";
import type { NextRequest } from "next/server";
import { AppError } from "./app-error";

const tooLarge = (limit: number) =>
  new AppError("PAYLOAD_TOO_LARGE", { key: "bodyTooLarge", params: { size: String(Math.round((limit / 1_000_000) * 10) / 10) } });

/**
 * The body as text, read up to the limit: a chunked body declares no length, so counting as it
 * arrives is what keeps a huge one out of memory. What is left unread is drained (or the
 * connection closed) by the server after the answer — see server/http/node-bridge.ts.
 */
async function readText(req: NextRequest, limit: number): Promise<string> {
  if (Number(req.headers.get("content-length") ?? 0) > limit) throw tooLarge(limit);
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("BAD_REQUEST", { key: "bodyNotUtf8" }, [{ path: "", message: { key: "invalidUtf8" } }]);
  }
}

/** The body as text, refusing anything not declared as JSON (415). */
export async function readJsonText(req: NextRequest, limit: number): Promise<string> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().includes("application/json")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", { key: "sendJson" });
  }
  return readText(req, limit);
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", { key: "bodyNotJson" }, [{ path: "", message: { key: "malformedJson" } }]);
  }
}
