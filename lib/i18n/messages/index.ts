// One dictionary per locale, assembled from one file per area. To add an area: write
// en/<area>.ts, zh-CN/<area>.ts typed `typeof en`, and list it in both objects below.
import { common as enCommon } from "./en/common";
import { enums as enEnums } from "./en/enums";
import { common as zhCommon } from "./zh-CN/common";
import { enums as zhEnums } from "./zh-CN/enums";
import type { TLocale } from "@/lib/schemas/enums";

const en = { common: enCommon, enums: enEnums };
export type Messages = typeof en;

const zhCN: Messages = { common: zhCommon, enums: zhEnums };

export const MESSAGES: Record<TLocale, Messages> = { en, "zh-CN": zhCN };
