"use client";
import { useEffect, type RefObject } from "react";

/**
 * After a submit finds problems, moves focus to the first field marked aria-invalid. `attempt`
 * counts failed submits (bump it in the same update that sets the errors), so typing that changes
 * the errors does not move focus; only a new failed submit does.
 */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, attempt: number) {
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, attempt]);
}
