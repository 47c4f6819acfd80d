import "server-only";
import { AppError, type FieldError } from "@/server/http/app-error";

export type CheckInterfaceSystemsOptions = {
  providerSystemId: string;
  consumerSystemId: string;
  viaSystemId?: string | null;
};

/**
 * An interface joins two different systems, optionally through a third. Checked on the merged
 * record, so a PATCH that moves only one end is judged against the other end it keeps.
 */
export function checkInterfaceSystems(o: CheckInterfaceSystemsOptions): void {
  const errors: FieldError[] = [];
  if (o.providerSystemId === o.consumerSystemId) {
    errors.push({ path: "consumerSystemId", message: { key: "differentFromProvider" } });
  }
  if (o.viaSystemId && (o.viaSystemId === o.providerSystemId || o.viaSystemId === o.consumerSystemId)) {
    errors.push({ path: "viaSystemId", message: { key: "differentFromEnds" } });
  }
  if (errors.length) throw AppError.validation(errors);
}
