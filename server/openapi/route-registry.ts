// Every route module under app/api/v1, with its path template ({id} for an [id] folder).
// Static imports on purpose: a moved or deleted route breaks the build instead of silently
// vanishing from the docs, and route-registry.test.ts fails when a route.ts on disk is missing here.
//
// Not listed: /openapi.json itself. Its module imports the document builder, which imports this
// file, and that import cycle is not worth one self-describing entry.
import * as audit from "@/app/api/v1/audit/route";
import * as dashboard from "@/app/api/v1/dashboard/route";
import * as interfaceById from "@/app/api/v1/interfaces/[id]/route";
import * as interfaceImpact from "@/app/api/v1/interfaces/[id]/impact/route";
import * as interfaceImpactReach from "@/app/api/v1/interfaces/[id]/impact/reach/route";
import * as interfaces from "@/app/api/v1/interfaces/route";
import * as interfacesBulkAssign from "@/app/api/v1/interfaces/bulk-assign/route";
import * as systemsBulkAssign from "@/app/api/v1/systems/bulk-assign/route";
import * as me from "@/app/api/v1/me/route";
import * as ownershipGaps from "@/app/api/v1/ownership/gaps/route";
import * as ownershipSettings from "@/app/api/v1/ownership/settings/route";
import * as ownershipSummary from "@/app/api/v1/ownership/summary/route";
import * as systemConfirm from "@/app/api/v1/systems/[id]/confirm/route";
import * as interfaceConfirm from "@/app/api/v1/interfaces/[id]/confirm/route";
import * as systemById from "@/app/api/v1/systems/[id]/route";
import * as systemImpact from "@/app/api/v1/systems/[id]/impact/route";
import * as systemImpactReach from "@/app/api/v1/systems/[id]/impact/reach/route";
import * as systems from "@/app/api/v1/systems/route";
import * as teamById from "@/app/api/v1/teams/[id]/route";
import * as teams from "@/app/api/v1/teams/route";
import * as topology from "@/app/api/v1/topology/route";
import * as topologyPositions from "@/app/api/v1/topology/positions/route";
import * as topologyLayout from "@/app/api/v1/topology/layout/route";
import * as tokenById from "@/app/api/v1/tokens/[id]/route";
import * as tokens from "@/app/api/v1/tokens/route";
import * as userById from "@/app/api/v1/users/[id]/route";
import * as userDeactivate from "@/app/api/v1/users/[id]/deactivate/route";
import * as userOwnerships from "@/app/api/v1/users/[id]/ownerships/route";
import * as users from "@/app/api/v1/users/route";
import * as viewById from "@/app/api/v1/views/[id]/route";
import * as views from "@/app/api/v1/views/route";

export type RegisteredRoute = { path: string; module: Record<string, unknown> };

/** Route files under app/api/v1 that are deliberately left out of the document (see above). */
export const UNDOCUMENTED_ROUTE_FILES = ["openapi.json/route.ts"] as const;

export const ROUTES: readonly RegisteredRoute[] = [
  { path: "/audit", module: audit },
  { path: "/dashboard", module: dashboard },
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
];
