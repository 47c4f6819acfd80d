// Both locales' problem catalogues, for the server. The browser gets the active locale's field
// messages only, as a prop (lib/i18n/locale-provider.tsx); no client module imports this file.
import type { TLocale } from "@/lib/schemas/enums";
import type { ProblemCatalogue } from "./types";
import { en } from "./en";
import { zhCN } from "./zh-CN";

export const PROBLEMS: Record<TLocale, ProblemCatalogue> = { en, "zh-CN": zhCN };
