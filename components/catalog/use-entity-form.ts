"use client";
import { useCallback, useState, type FormEvent } from "react";
import { flushSync } from "react-dom";
import { useMutation } from "@tanstack/react-query";
import { ApiError } from "@/lib/api-client";
import { useI18n } from "@/lib/i18n/client";
import type { Validation } from "./build-request";
import { errorMessage } from "./error-message";
import { errorFor, withoutField, type FieldErrors } from "./form-errors";

export type FormProblem = { kind: "invalid" | "stale" | "error"; message: string };

export type EntityForm<D> = {
  draft: D;
  set: <K extends keyof D & string>(name: K, value: D[K]) => void;
  errorFor: (name: string) => string | undefined;
  problem: FormProblem | null;
  saving: boolean;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
};

type Options<D, R> = {
  initial: D;
  /** The request body, field errors, or null when there is nothing to send. */
  validate: (draft: D) => Validation | null;
  send: (body: unknown) => Promise<R>;
  onSaved: (result: R) => void;
  onUnchanged: () => void;
};

/**
 * Form state for the catalog editors: draft values, client validation with the API's schemas,
 * server field errors inline, a banner for the rest, and focus on the first invalid field.
 */
export function useEntityForm<D, R>({ initial, validate, send, onSaved, onUnchanged }: Options<D, R>): EntityForm<D> {
  const { m } = useI18n();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const mutation = useMutation({ mutationFn: send, onSuccess: onSaved });

  const set = useCallback(<K extends keyof D & string>(name: K, value: D[K]) => {
    setDraft((d) => ({ ...d, [name]: value }));
    setErrors((e) => withoutField(e, name));
  }, []);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (mutation.isPending) return;
    const formElement = e.currentTarget;
    const result = validate(draft);
    if (result === null) return onUnchanged();
    if (!result.ok) {
      flushSync(() => {
        setErrors(result.errors);
        setProblem({ kind: "invalid", message: m.common.form.invalidFields });
      });
      focusFirstInvalid(formElement);
      return;
    }
    setProblem(null);
    mutation.mutate(result.body, {
      onError: (error) => {
        if (error instanceof ApiError && error.isStaleVersion) {
          setProblem({ kind: "stale", message: m.common.form.staleVersion });
          return;
        }
        const fieldErrors = error instanceof ApiError ? error.fieldErrors : {};
        flushSync(() => {
          setErrors(fieldErrors);
          setProblem({ kind: "error", message: errorMessage(error, m) });
        });
        focusFirstInvalid(formElement);
      },
    });
  };

  return { draft, set, errorFor: (name) => errorFor(errors, name), problem, saving: mutation.isPending, onSubmit };
}

/** Once the messages are rendered (flushSync above), move focus to the first field that has one. */
function focusFirstInvalid(form: HTMLFormElement) {
  form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
