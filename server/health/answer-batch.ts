import "server-only";
import type { TLocale } from "@/lib/schemas/enums";
import type { TIngestResult } from "@/lib/schemas/health-ingest";
import { PROBLEMS } from "@/lib/i18n/problems";
import { renderFieldMessage } from "@/lib/i18n/problems/render";
import { AppError, type FieldError } from "@/server/http/app-error";

export type AnswerBatchOptions = { accepted: number; duplicates: number; rejected: Map<number, FieldError[]>; locale: TLocale };

/**
 * The answer to a batch: counts and the rejected items with their field errors (200), or, when no
 * item was valid, the same errors as a 422 problem — a client that sent only bad data must not
 * read a 200 as success.
 */
export function answerBatch({ accepted, duplicates, rejected, locale }: AnswerBatchOptions): TIngestResult {
  const indexes = [...rejected.keys()].sort((a, b) => a - b);
  if (accepted + duplicates === 0) {
    throw AppError.validation(indexes.flatMap((i) => rejected.get(i)!), { key: "nothingAccepted" });
  }
  const fields = PROBLEMS[locale].fields;
  return {
    accepted,
    duplicates,
    rejected: indexes.map((index) => ({
      index,
      errors: rejected.get(index)!.map(({ path, message }) => ({
        path,
        message: "key" in message ? renderFieldMessage(fields, locale, message) : message.text,
      })),
    })),
  };
}
