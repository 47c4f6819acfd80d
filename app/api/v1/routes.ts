// Every route module under app/api/v1, with its path template ({id} for an [id] folder): handed
// to the OpenAPI document builder and to the API fast path (scripts/serve.ts), which take it as a
// parameter so server/ never imports app/. Static imports on purpose: a moved or deleted route
// breaks the build instead of silently vanishing from the docs, and routes.test.ts fails when a
// route.ts on disk is missing here.
//
// Not listed: /openapi.json itself. Its module imports this list, and that import cycle is not
// worth one self-describing entry.
import type { ApiRoute } from "@/server/http/api-route";
// ─── Alerts intake (issue 11) ───
import * as alertsAlertmanager from "./alerts/alertmanager/route";
import * as alertsEvents from "./alerts/events/route";
import * as alertById from "./alerts/[id]/route";
import * as alertAcknowledge from "./alerts/[id]/acknowledge/route";
import * as alertResolve from "./alerts/[id]/resolve/route";
import * as alertsBulk from "./alerts/bulk/route";
import * as alertSilences from "./alerts/silences/route";
import * as alertSilencePreview from "./alerts/silences/preview/route";
import * as alertSilenceExpire from "./alerts/silences/[id]/expire/route";
import * as alertMaintenance from "./alerts/maintenance/route";
import * as alertMaintenanceById from "./alerts/maintenance/[id]/route";
import * as alertMappingRules from "./alerts/mapping-rules/route";
import * as alertMappingRuleById from "./alerts/mapping-rules/[id]/route";
import * as alertsUnmapped from "./alerts/unmapped/route";
import * as alertsUnmappedMap from "./alerts/unmapped/map/route";
import * as alertRejections from "./alerts/rejections/route";
import * as incidentById from "./incidents/[id]/route";
import * as incidentAcknowledge from "./incidents/[id]/acknowledge/route";
import * as incidentResolve from "./incidents/[id]/resolve/route";
import * as audit from "./audit/route";
import * as dashboard from "./dashboard/route";
import * as interfaceById from "./interfaces/[id]/route";
import * as interfaceImpact from "./interfaces/[id]/impact/route";
import * as interfaceImpactReach from "./interfaces/[id]/impact/reach/route";
import * as interfaces from "./interfaces/route";
import * as interfacesBulkAssign from "./interfaces/bulk-assign/route";
import * as systemsBulkAssign from "./systems/bulk-assign/route";
import * as me from "./me/route";
import * as ownershipGaps from "./ownership/gaps/route";
import * as ownershipSettings from "./ownership/settings/route";
import * as ownershipSummary from "./ownership/summary/route";
import * as systemConfirm from "./systems/[id]/confirm/route";
import * as interfaceConfirm from "./interfaces/[id]/confirm/route";
import * as systemById from "./systems/[id]/route";
import * as systemImpact from "./systems/[id]/impact/route";
import * as systemImpactReach from "./systems/[id]/impact/reach/route";
import * as systems from "./systems/route";
import * as teamById from "./teams/[id]/route";
import * as teams from "./teams/route";
import * as topology from "./topology/route";
import * as topologyPositions from "./topology/positions/route";
import * as topologyLayout from "./topology/layout/route";
import * as tokenById from "./tokens/[id]/route";
import * as tokens from "./tokens/route";
import * as userById from "./users/[id]/route";
import * as userDeactivate from "./users/[id]/deactivate/route";
import * as userOwnerships from "./users/[id]/ownerships/route";
import * as users from "./users/route";
import * as viewById from "./views/[id]/route";
// ─── Interop (issue 12, ENGINE) ───
import * as importRecords from "./import/route";
import * as importBatches from "./import/batches/route";
import * as importBatchById from "./import/batches/[id]/route";
import * as applyRecords from "./apply/route";
import * as views from "./views/route";
import * as standards from "./standards/route";
import * as standardById from "./standards/[id]/route";
import * as compliance from "./compliance/route";
import * as complianceSummary from "./compliance/summary/route";
import * as complianceTrend from "./compliance/trend/route";
import * as complianceLevels from "./compliance/levels/route";
import * as systemCompliance from "./systems/[id]/compliance/route";
import * as interfaceCompliance from "./interfaces/[id]/compliance/route";
import * as waivers from "./waivers/route";
import * as waiverById from "./waivers/[id]/route";
import * as waiverApprove from "./waivers/[id]/approve/route";
import * as waiverDeny from "./waivers/[id]/deny/route";
import * as waiverRevoke from "./waivers/[id]/revoke/route";
import * as attestations from "./attestations/route";
import * as initiatives from "./initiatives/route";
import * as initiativeById from "./initiatives/[id]/route";
import * as interfaceContracts from "./interfaces/[id]/contracts/route";
import * as interfaceContractVersion from "./interfaces/[id]/contracts/[number]/route";
import * as interfaceContractDiff from "./interfaces/[id]/contracts/diff/route";
import * as contractSettings from "./contracts/settings/route";
import * as healthSla from "./health/sla/route";
import * as healthJobs from "./health/jobs/route";
import * as healthMessaging from "./health/messaging/route";
import * as healthTeams from "./health/teams/route";
import * as health from "./health/route";
import * as healthAtRisk from "./health/at-risk/route";
import * as healthMap from "./health/map/route";
import * as healthSystem from "./health/systems/[id]/route";
import * as healthSystemSeries from "./health/systems/[id]/series/route";
import * as healthInterface from "./health/interfaces/[id]/route";
import * as healthInterfaceSeries from "./health/interfaces/[id]/series/route";
import * as healthSignals from "./health/signals/route";
import * as healthEvents from "./health/events/route";
// Alerts as people read them (the inbox, incidents, reports).
import * as alerts from "./alerts/route";
import * as alertReports from "./alerts/reports/route";
import * as alertMap from "./alerts/map/route";
import * as incidents from "./incidents/route";
import * as metrics from "./metrics/route";
import * as ingestionTokens from "./ingestion/tokens/route";
import * as ingestionTokenById from "./ingestion/tokens/[id]/route";
import * as ingestionSources from "./ingestion/sources/route";
import * as ingestionSourceById from "./ingestion/sources/[id]/route";
// Notifications (issue 11, NOTIFY)
import * as notifications from "./notifications/route";
import * as notificationRetry from "./notifications/[id]/retry/route";
import * as notificationChannels from "./notifications/channels/route";
import * as notificationChannelById from "./notifications/channels/[id]/route";
import * as notificationChannelTest from "./notifications/channels/[id]/test/route";
import * as escalationPolicies from "./notifications/escalation-policies/route";
import * as escalationPolicyById from "./notifications/escalation-policies/[id]/route";
// Interop (issue 12, TABLE): CSV and Excel
import * as importTable from "./import/table/route";
import * as importTemplate from "./import/template/route";
import * as exportTable from "./export/table/route";

// Backstage catalog import and export (issue 12, BACKSTAGE)
import * as importBackstage from "./import/backstage/route";
import * as exportBackstageYaml from "./export/backstage.yaml/route";
import * as exportBackstageZip from "./export/backstage.zip/route";

/** Route files here that are deliberately left out of API_ROUTES (see above). */
export const UNDOCUMENTED_ROUTE_FILES = ["openapi.json/route.ts"] as const;

export const API_ROUTES: readonly ApiRoute[] = [
  { path: "/attestations", module: attestations },
  { path: "/audit", module: audit },
  { path: "/initiatives", module: initiatives },
  { path: "/initiatives/{id}", module: initiativeById },
  { path: "/waivers", module: waivers },
  { path: "/waivers/{id}", module: waiverById },
  { path: "/waivers/{id}/approve", module: waiverApprove },
  { path: "/waivers/{id}/deny", module: waiverDeny },
  { path: "/waivers/{id}/revoke", module: waiverRevoke },
  { path: "/compliance", module: compliance },
  { path: "/compliance/summary", module: complianceSummary },
  { path: "/compliance/trend", module: complianceTrend },
  { path: "/compliance/levels", module: complianceLevels },
  { path: "/standards", module: standards },
  { path: "/standards/{id}", module: standardById },
  { path: "/systems/{id}/compliance", module: systemCompliance },
  { path: "/interfaces/{id}/compliance", module: interfaceCompliance },
  { path: "/interfaces/{id}/contracts", module: interfaceContracts },
  { path: "/interfaces/{id}/contracts/diff", module: interfaceContractDiff },
  { path: "/interfaces/{id}/contracts/{number}", module: interfaceContractVersion },
  { path: "/contracts/settings", module: contractSettings },
  { path: "/health/sla", module: healthSla },
  { path: "/health/jobs", module: healthJobs },
  { path: "/health/messaging", module: healthMessaging },
  { path: "/health/teams", module: healthTeams },
  { path: "/dashboard", module: dashboard },
  { path: "/health", module: health },
  { path: "/health/at-risk", module: healthAtRisk },
  { path: "/health/map", module: healthMap },
  { path: "/health/systems/{id}", module: healthSystem },
  { path: "/health/systems/{id}/series", module: healthSystemSeries },
  { path: "/health/interfaces/{id}", module: healthInterface },
  { path: "/health/interfaces/{id}/series", module: healthInterfaceSeries },
  { path: "/health/signals", module: healthSignals },
  { path: "/health/events", module: healthEvents },
  { path: "/alerts", module: alerts },
  { path: "/alerts/reports", module: alertReports },
  { path: "/alerts/map", module: alertMap },
  { path: "/incidents", module: incidents },
  { path: "/incidents/{id}", module: incidentById },
  { path: "/metrics", module: metrics },
  { path: "/ingestion/tokens", module: ingestionTokens },
  { path: "/ingestion/tokens/{id}", module: ingestionTokenById },
  { path: "/ingestion/sources", module: ingestionSources },
  { path: "/ingestion/sources/{id}", module: ingestionSourceById },
  { path: "/interfaces", module: interfaces },
  { path: "/interfaces/bulk-assign", module: interfacesBulkAssign },
  { path: "/interfaces/{id}", module: interfaceById },
  { path: "/interfaces/{id}/impact", module: interfaceImpact },
  { path: "/interfaces/{id}/impact/reach", module: interfaceImpactReach },
  { path: "/me", module: me },
  { path: "/ownership/gaps", module: ownershipGaps },
  { path: "/ownership/settings", module: ownershipSettings },
  { path: "/ownership/summary", module: ownershipSummary },
  { path: "/systems/{id}/confirm", module: systemConfirm },
  { path: "/interfaces/{id}/confirm", module: interfaceConfirm },
  { path: "/systems", module: systems },
  { path: "/systems/{id}", module: systemById },
  { path: "/systems/bulk-assign", module: systemsBulkAssign },
  { path: "/systems/{id}/impact", module: systemImpact },
  { path: "/systems/{id}/impact/reach", module: systemImpactReach },
  { path: "/teams", module: teams },
  { path: "/teams/{id}", module: teamById },
  { path: "/tokens", module: tokens },
  { path: "/topology", module: topology },
  { path: "/topology/positions", module: topologyPositions },
  { path: "/topology/layout", module: topologyLayout },
  { path: "/tokens/{id}", module: tokenById },
  { path: "/users", module: users },
  { path: "/users/{id}", module: userById },
  { path: "/users/{id}/deactivate", module: userDeactivate },
  { path: "/users/{id}/ownerships", module: userOwnerships },
  { path: "/views", module: views },
  { path: "/views/{id}", module: viewById },
  // Notifications (issue 11, NOTIFY)
  { path: "/notifications", module: notifications },
  { path: "/notifications/{id}/retry", module: notificationRetry },
  { path: "/notifications/channels", module: notificationChannels },
  { path: "/notifications/channels/{id}", module: notificationChannelById },
  { path: "/notifications/channels/{id}/test", module: notificationChannelTest },
  { path: "/notifications/escalation-policies", module: escalationPolicies },
  { path: "/notifications/escalation-policies/{id}", module: escalationPolicyById },
  // ─── Alerts intake (issue 11) ───
  { path: "/alerts/alertmanager", module: alertsAlertmanager },
  { path: "/alerts/events", module: alertsEvents },
  { path: "/alerts/{id}", module: alertById },
  { path: "/alerts/{id}/acknowledge", module: alertAcknowledge },
  { path: "/alerts/{id}/resolve", module: alertResolve },
  { path: "/alerts/bulk", module: alertsBulk },
  { path: "/alerts/silences", module: alertSilences },
  { path: "/alerts/silences/preview", module: alertSilencePreview },
  { path: "/alerts/silences/{id}/expire", module: alertSilenceExpire },
  { path: "/alerts/maintenance", module: alertMaintenance },
  { path: "/alerts/maintenance/{id}", module: alertMaintenanceById },
  { path: "/alerts/mapping-rules", module: alertMappingRules },
  { path: "/alerts/mapping-rules/{id}", module: alertMappingRuleById },
  { path: "/alerts/unmapped", module: alertsUnmapped },
  { path: "/alerts/unmapped/map", module: alertsUnmappedMap },
  { path: "/alerts/rejections", module: alertRejections },
  { path: "/incidents/{id}/acknowledge", module: incidentAcknowledge },
  { path: "/incidents/{id}/resolve", module: incidentResolve },
  // ─── Interop (issue 12, ENGINE) ───
  { path: "/import", module: importRecords },
  { path: "/import/batches", module: importBatches },
  { path: "/import/batches/{id}", module: importBatchById },
  { path: "/apply", module: applyRecords },

  // Backstage catalog import and export (issue 12, BACKSTAGE)
  { path: "/import/backstage", module: importBackstage },
  { path: "/export/backstage.yaml", module: exportBackstageYaml },
  { path: "/export/backstage.zip", module: exportBackstageZip },

  // Interop (issue 12, TABLE): CSV and Excel
  { path: "/import/table", module: importTable },
  { path: "/import/template", module: importTemplate },
  { path: "/export/table", module: exportTable },
];
