// One dictionary per locale, assembled from one file per area. To add an area: write
// en/<area>.ts and zh-CN/<area>.ts (typed `typeof en`) and list it in en/index.ts and zh-CN/index.ts.
// Both locales together are for the server only: the browser gets one (lib/i18n/locale-provider.tsx).
import type { TLocale } from "@/lib/schemas/enums";
import { en, type Messages } from "./en";
import { zhCN } from "./zh-CN";

export type { Messages };

export const MESSAGES: Record<TLocale, Messages> = { en, "zh-CN": zhCN };
