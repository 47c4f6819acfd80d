// A recorded yes/no fact that may also be unknown (idempotent, TLS in transit…). A checkbox has
// only two states and would turn "nobody said" into "no"; a select keeps the third and is
// operated from the keyboard like any other select.
import type { Option } from "./enum-options";

/** The select's value: "" is "not recorded". */
export type TriState = "" | "yes" | "no";

export const toTriState = (v: boolean | null | undefined): TriState => (v === true ? "yes" : v === false ? "no" : "");

export const fromTriState = (v: TriState): boolean | null => (v === "yes" ? true : v === "no" ? false : null);

/** Yes and No; the select's placeholder option stands for "not recorded". */
export const triStateOptions = (labels: { yes: string; no: string }): Option[] => [
  { value: "yes", label: labels.yes },
  { value: "no", label: labels.no },
];
