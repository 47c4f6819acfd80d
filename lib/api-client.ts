// The browser's way to call /api/v1: JSON in, JSON out, problem+json turned into ApiError.
/** `line`/`column` (1-based) when the field is a document and the problem is at a place in its text. */
export type FieldError = { path: string; message: string; line?: number; column?: number };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly errors: FieldError[] = [],
  ) {
    super(detail);
    this.name = "ApiError";
  }

  /** Field errors keyed by path, for forms. */
  get fieldErrors(): Record<string, string> {
    return Object.fromEntries(this.errors.filter((e) => e.path).map((e) => [e.path, e.message]));
  }

  get isStaleVersion(): boolean {
    return this.status === 409 && this.errors.some((e) => e.path === "version");
  }
}

export async function api<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const res = await fetch(path.startsWith("/api/") ? path : `/api/v1${path}`, {
    method: init.method ?? "GET",
    headers: init.body === undefined ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: init.signal,
  });
  if (res.status === 204) return undefined as T;
  const data = await res.json().catch(() => undefined);
  if (!res.ok) {
    const problem = (data ?? {}) as { detail?: string; errors?: FieldError[] };
    throw new ApiError(res.status, problem.detail ?? res.statusText, problem.errors ?? []);
  }
  return data as T;
}

/** Builds a query string from defined, non-empty values. */
export function toQuery(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : "";
}
