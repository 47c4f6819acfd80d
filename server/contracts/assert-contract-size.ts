import "server-only";
import { MAX_CONTRACT_BYTES } from "@/lib/contracts/types";
import { AppError } from "@/server/http/app-error";

/** Refuses a document over 5 MB (UTF-8 bytes) before anything parses it. */
export function assertContractSize({ text }: { text: string }): void {
  // UTF-8 needs at most 3 bytes per UTF-16 unit: short texts skip the byte count.
  if (text.length * 3 <= MAX_CONTRACT_BYTES) return;
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_CONTRACT_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", { key: "contractTooLarge", params: { size: (bytes / 1024 / 1024).toFixed(1) } }, [
      { path: "document", message: { key: "largerThan5Mb" } },
    ]);
  }
}
