// Node's http request/response ↔ the fetch Request/Response our route handlers speak, for the
// production server's /api/v1 fast path (scripts/serve.ts). Besides converting, it keeps the
// connection usable after a refusal: a handler may answer (413) without reading the whole body,
// and an unread body left on a keep-alive connection stalls or resets the client's next request.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { NextRequest } from "next/server";

/** Unread request bodies up to this size are read and discarded so the connection can be reused. */
const DRAIN_LIMIT_BYTES = 16 * 1024 * 1024;
/** How long a connection we close keeps reading what the client still sends (see lingerOnClose). */
const LINGER_MS = 10_000;

/**
 * The request body as a web stream that reads only when asked. Unlike Readable.toWeb, cancelling
 * it does not destroy the request (which would reset the socket before the answer is written).
 */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.pause();
      req.on("data", (chunk: Buffer) => {
        if (cancelled) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        req.pause(); // one chunk per pull: the body never piles up in memory
      });
      req.once("end", () => !cancelled && controller.close());
      req.once("error", (error) => !cancelled && controller.error(error));
    },
    pull() {
      req.resume();
    },
    cancel() {
      cancelled = true; // the rest is drained after the answer (finishBody)
    },
  });
}

export function toRequest(req: IncomingMessage, fallbackHost: string): NextRequest {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  const method = req.method ?? "GET";
  const body = method === "GET" || method === "HEAD" ? undefined : bodyStream(req);
  return new NextRequest(`http://${req.headers.host ?? fallbackHost}${req.url}`, {
    method,
    headers,
    body,
    duplex: "half", // required by Node for a streamed request body
  });
}

/**
 * Discards what is left of the body, so the next request on the connection is read. Past the
 * drain limit the connection is ended instead.
 */
function finishBody(req: IncomingMessage, limit: number) {
  if (req.complete) return;
  req.removeAllListeners("data"); // bodyStream's: nobody reads that stream any more
  let drained = 0;
  req.on("data", (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > limit) req.socket.destroy();
  });
  req.resume();
}

/**
 * A lingering close for an answer sent with `Connection: close` while the client is still
 * uploading: Node would close the socket as soon as the answer is written, and closing with
 * unread data sends a reset that destroys the answer before the client reads it (a 20 MB upload
 * saw EPIPE instead of 413). Half-close instead, keep discarding what arrives for a while, then close.
 */
function lingerOnClose(socket: Socket) {
  socket.destroySoon = function lingeringClose(this: Socket) {
    this.end();
    setTimeout(() => this.destroy(), LINGER_MS).unref();
  };
}

export async function send(req: IncomingMessage, res: ServerResponse, response: Response) {
  const body = Buffer.from(await response.arrayBuffer());
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.setHeader("content-length", body.length);
  // Too much to drain: the client is told to open a new connection for its next request.
  const tooMuch = !req.complete && Number(req.headers["content-length"]) > DRAIN_LIMIT_BYTES;
  if (tooMuch) {
    res.setHeader("connection", "close");
    lingerOnClose(req.socket);
  }
  res.end(body);
  finishBody(req, tooMuch ? Infinity : DRAIN_LIMIT_BYTES);
}
