// The English dictionary, assembled from one file per area. English is the reference: its shape
// is the type every other locale must match.
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

export const en = {
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

export type Messages = typeof en;
