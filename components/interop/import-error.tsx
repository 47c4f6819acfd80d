"use client";
import { useI18n } from "@/lib/i18n/client";
import { ApiError } from "@/lib/api-client";
import { Banner } from "@/components/ui/feedback";

/** A refused import: too large (413), or the problem+json's detail with its field errors listed. */
export function ImportError({ error }: { error: unknown }) {
  const { m } = useI18n();
  if (!(error instanceof ApiError)) return <Banner>{m.interop.errors.failed}</Banner>;
  if (error.status === 413) return <Banner>{m.interop.errors.tooLarge}</Banner>;
  return (
    <Banner>
      <p>{error.status === 403 ? m.common.states.forbidden : error.detail || m.interop.errors.failed}</p>
      {error.errors.length > 0 && (
        <ul className="mt-2 list-disc space-y-0.5 pl-5">
          {error.errors.slice(0, 20).map((e, i) => (
            <li key={i}><span className="font-mono">{e.path}{e.line ? `:${e.line}` : ""}</span> {e.message}</li>
          ))}
        </ul>
      )}
    </Banner>
  );
}
