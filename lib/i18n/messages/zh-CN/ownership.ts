import type { ownership as en } from "../en/ownership";

export const ownership: typeof en = {
  placeholder: "",
};
