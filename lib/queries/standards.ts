// Standards: keys and queries; everything lives under `standardKeys.all`.
import type { TStandard } from "@/lib/schemas/standard";
import { recordQueries } from "./record-queries";

const standards = recordQueries<TStandard, "standards">("standards");

export const standardKeys = standards.keys;
export const standardDetailQuery = standards.detail;
export const standardListQuery = standards.list;
