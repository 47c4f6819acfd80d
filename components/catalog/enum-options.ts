import type { z } from "zod";
import type { ZLifecycle } from "@/lib/schemas/enums";

export type TLifecycle = z.infer<typeof ZLifecycle>;
export type Option = { value: string; label: string };

/** Select options for an enum, labelled from its m.enums dictionary. */
export function enumOptions<V extends string>(values: readonly V[], labels: Record<V, string>): Option[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

/** Tier 0…3 with their labels. */
export function tierOptions(labels: Record<0 | 1 | 2 | 3, string>): Option[] {
  return ([0, 1, 2, 3] as const).map((t) => ({ value: String(t), label: labels[t] }));
}
