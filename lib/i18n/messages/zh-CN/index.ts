// The Simplified Chinese dictionary. Typed Messages, so the type checker keeps it complete.
import type { Messages } from "../en";
import { common } from "./common";
import { enums } from "./enums";
import { systems } from "./systems";
import { interfaces } from "./interfaces";
import { teams } from "./teams";
import { people } from "./people";
import { audit } from "./audit";
import { tokens } from "./tokens";
import { dashboard } from "./dashboard";
import { apiDocs } from "./api-docs";
import { topology } from "./topology";
import { impact } from "./impact";
import { theme } from "./theme";
import { ownership } from "./ownership";
import { bulk } from "./bulk";

export const zhCN: Messages = {
  common,
  enums,
  systems,
  interfaces,
  teams,
  people,
  audit,
  tokens,
  dashboard,
  apiDocs,
  topology,
  impact,
  theme,
  ownership,
  bulk,
};
