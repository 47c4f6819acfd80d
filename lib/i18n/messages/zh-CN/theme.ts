import type { theme as en } from "../en/theme";

export const theme: typeof en = {
  label: "主题",
  choices: {
    light: "浅色",
    dark: "深色",
    system: "跟随系统",
  },
};
