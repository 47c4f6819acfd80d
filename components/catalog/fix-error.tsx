"use client";
import { ApiError } from "@/lib/api-client";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";
import { errorMessage } from "./error-message";

/**
 * Why a fix failed, inline where it was tried. A 409 means someone changed the record in between:
 * say so and offer a reload (which refetches what is shown), instead of retrying blindly.
 */
export function FixError({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { m } = useI18n();
  const stale = error instanceof ApiError && error.status === 409;
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      <p>{stale ? m.common.form.staleVersion : errorMessage(error, m)}</p>
      {stale && (
        <Button variant="secondary" className="mt-2" onClick={onReload}>{m.systems.shared.reload}</Button>
      )}
    </div>
  );
}
