// One dictionary per locale, assembled from one file per area. To add an area: write
// en/<area>.ts, zh-CN/<area>.ts typed `typeof en`, and list it in both objects below.
// Both locales together are for the server: the browser gets one (lib/i18n/locale-provider.tsx).
import type { TLocale } from "@/lib/schemas/enums";
import { common as enCommon } from "./en/common";
import { enums as enEnums } from "./en/enums";
import { systems as enSystems } from "./en/systems";
import { interfaces as enInterfaces } from "./en/interfaces";
import { teams as enTeams } from "./en/teams";
import { people as enPeople } from "./en/people";
import { audit as enAudit } from "./en/audit";
import { tokens as enTokens } from "./en/tokens";
import { dashboard as enDashboard } from "./en/dashboard";
import { apiDocs as enApiDocs } from "./en/api-docs";
import { topology as enTopology } from "./en/topology";
import { impact as enImpact } from "./en/impact";
import { theme as enTheme } from "./en/theme";
import { ownership as enOwnership } from "./en/ownership";
import { bulk as enBulk } from "./en/bulk";
import { standards as enStandards } from "./en/standards";
import { compliance as enCompliance } from "./en/compliance";
import { waivers as enWaivers } from "./en/waivers";
import { initiatives as enInitiatives } from "./en/initiatives";
import { contracts as enContracts } from "./en/contracts";
import { sla as enSla } from "./en/sla";
import { jobs as enJobs } from "./en/jobs";
import { messaging as enMessaging } from "./en/messaging";
import { teamHealth as enTeamHealth } from "./en/team-health";
import { ingestion as enIngestion } from "./en/ingestion";
import { health as enHealth } from "./en/health";
import { alerts as enAlerts } from "./en/alerts";
import { common as zhCommon } from "./zh-CN/common";
import { enums as zhEnums } from "./zh-CN/enums";
import { systems as zhSystems } from "./zh-CN/systems";
import { interfaces as zhInterfaces } from "./zh-CN/interfaces";
import { teams as zhTeams } from "./zh-CN/teams";
import { people as zhPeople } from "./zh-CN/people";
import { audit as zhAudit } from "./zh-CN/audit";
import { tokens as zhTokens } from "./zh-CN/tokens";
import { dashboard as zhDashboard } from "./zh-CN/dashboard";
import { apiDocs as zhApiDocs } from "./zh-CN/api-docs";
import { topology as zhTopology } from "./zh-CN/topology";
import { impact as zhImpact } from "./zh-CN/impact";
import { theme as zhTheme } from "./zh-CN/theme";
import { ownership as zhOwnership } from "./zh-CN/ownership";
import { bulk as zhBulk } from "./zh-CN/bulk";
import { standards as zhStandards } from "./zh-CN/standards";
import { compliance as zhCompliance } from "./zh-CN/compliance";
import { waivers as zhWaivers } from "./zh-CN/waivers";
import { initiatives as zhInitiatives } from "./zh-CN/initiatives";
import { contracts as zhContracts } from "./zh-CN/contracts";
import { sla as zhSla } from "./zh-CN/sla";
import { jobs as zhJobs } from "./zh-CN/jobs";
import { messaging as zhMessaging } from "./zh-CN/messaging";
import { teamHealth as zhTeamHealth } from "./zh-CN/team-health";
import { ingestion as zhIngestion } from "./zh-CN/ingestion";
import { health as zhHealth } from "./zh-CN/health";
import { alerts as zhAlerts } from "./zh-CN/alerts";
// Notifications (issue 11, NOTIFY)
import { notify as enNotify } from "./en/notify";
import { notify as zhNotify } from "./zh-CN/notify";
import { alertsAdmin as enAlertsAdmin } from "./en/alerts-admin";
import { alertsAdmin as zhAlertsAdmin } from "./zh-CN/alerts-admin";
// Import and export (issue 12, UI)
import { interop as enInterop } from "./en/interop";
import { interop as zhInterop } from "./zh-CN/interop";

const en = {
  common: enCommon,
  enums: enEnums,
  systems: enSystems,
  interfaces: enInterfaces,
  teams: enTeams,
  people: enPeople,
  audit: enAudit,
  tokens: enTokens,
  dashboard: enDashboard,
  apiDocs: enApiDocs,
  topology: enTopology,
  impact: enImpact,
  theme: enTheme,
  ownership: enOwnership,
  bulk: enBulk,
  standards: enStandards,
  compliance: enCompliance,
  waivers: enWaivers,
  initiatives: enInitiatives,
  contracts: enContracts,
  sla: enSla,
  jobs: enJobs,
  messaging: enMessaging,
  teamHealth: enTeamHealth,
  ingestion: enIngestion,
  health: enHealth,
  alerts: enAlerts,
  notify: enNotify,
  alertsAdmin: enAlertsAdmin,
  interop: enInterop,
};
export type Messages = typeof en;

const zhCN: Messages = {
  common: zhCommon,
  enums: zhEnums,
  systems: zhSystems,
  interfaces: zhInterfaces,
  teams: zhTeams,
  people: zhPeople,
  audit: zhAudit,
  tokens: zhTokens,
  dashboard: zhDashboard,
  apiDocs: zhApiDocs,
  topology: zhTopology,
  impact: zhImpact,
  theme: zhTheme,
  ownership: zhOwnership,
  bulk: zhBulk,
  standards: zhStandards,
  compliance: zhCompliance,
  waivers: zhWaivers,
  initiatives: zhInitiatives,
  contracts: zhContracts,
  sla: zhSla,
  jobs: zhJobs,
  messaging: zhMessaging,
  teamHealth: zhTeamHealth,
  ingestion: zhIngestion,
  health: zhHealth,
  alerts: zhAlerts,
  notify: zhNotify,
  alertsAdmin: zhAlertsAdmin,
  interop: zhInterop,
};

export const MESSAGES: Record<TLocale, Messages> = { en, "zh-CN": zhCN };
