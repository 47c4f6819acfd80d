import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { API_POLICY, securityHeaders } from "./security-headers";
import { CLIENT_ADDRESS_HEADER, servedOverHttps } from "./request-origin";

/**
 * What the production server (scripts/serve.ts) does first with every request, before the /api/v1
 * fast path or Next.js answers it:
 * - sets the security headers, so each response carries them, however it is produced. Pages get
 *   theirs again from proxy.ts, with the per-request policy (Node's setHeader replaces, so nothing
 *   is sent twice); API responses get a policy that loads nothing; static files none at all, as a
 *   worker script takes its policy from its own response.
 * - stamps the socket's address on the request for the app (sign-in events), replacing whatever
 *   the client sent under that name.
 */
export function applyEdgeHeaders(req: IncomingMessage, res: ServerResponse): void {
  req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
  const path = req.url ?? "/";
  const policy = path.startsWith("/api/") ? API_POLICY : undefined;
  for (const [name, value] of Object.entries(securityHeaders({ https: servedOverHttps(req.headers), policy }))) {
    res.setHeader(name, value);
  }
}
