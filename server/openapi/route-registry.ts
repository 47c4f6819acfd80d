// Every route module under app/api/v1, with its path template ({id} for an [id] folder).
// Static imports on purpose: a moved or deleted route breaks the build instead of silently
// vanishing from the docs, and route-registry.test.ts fails when a route.ts on disk is missing here.
//
// Not listed: /openapi.json itself. Its module imports the document builder, which imports this
// file, and that import cycle is not worth one self-describing entry.
import * as audit from "@/app/api/v1/audit/route";
import * as interfaceById from "@/app/api/v1/interfaces/[id]/route";
import * as interfaceImpact from "@/app/api/v1/interfaces/[id]/impact/route";
import * as interfaceImpactReach from "@/app/api/v1/interfaces/[id]/impact/reach/route";
import * as interfaces from "@/app/api/v1/interfaces/route";
import * as me from "@/app/api/v1/me/route";
import * as systemById from "@/app/api/v1/systems/[id]/route";
import * as systemImpact from "@/app/api/v1/systems/[id]/impact/route";
import * as systemImpactReach from "@/app/api/v1/systems/[id]/impact/reach/route";
import * as systems from "@/app/api/v1/systems/route";
import * as teamById from "@/app/api/v1/teams/[id]/route";
import * as teams from "@/app/api/v1/teams/route";
import * as topology from "@/app/api/v1/topology/route";
import * as topologyPositions from "@/app/api/v1/topology/positions/route";
import * as tokenById from "@/app/api/v1/tokens/[id]/route";
import * as tokens from "@/app/api/v1/tokens/route";
import * as userById from "@/app/api/v1/users/[id]/route";
import * as users from "@/app/api/v1/users/route";
import * as viewById from "@/app/api/v1/views/[id]/route";
import * as views from "@/app/api/v1/views/route";

export type RegisteredRoute = { path: string; module: Record<string, unknown> };

/** Route files under app/api/v1 that are deliberately left out of the document (see above). */
export const UNDOCUMENTED_ROUTE_FILES = ["openapi.json/route.ts"] as const;

export const ROUTES: readonly RegisteredRoute[] = [
  { path: "/audit", module: audit },
  { path: "/interfaces", module: interfaces },
  { path: "/interfaces/{id}", module: interfaceById },
  { path: "/interfaces/{id}/impact", module: interfaceImpact },
  { path: "/interfaces/{id}/impact/reach", module: interfaceImpactReach },
  { path: "/me", module: me },
  { path: "/systems", module: systems },
  { path: "/systems/{id}", module: systemById },
  { path: "/systems/{id}/impact", module: systemImpact },
  { path: "/systems/{id}/impact/reach", module: systemImpactReach },
  { path: "/teams", module: teams },
  { path: "/teams/{id}", module: teamById },
  { path: "/tokens", module: tokens },
  { path: "/topology", module: topology },
  { path: "/topology/positions", module: topologyPositions },
  { path: "/tokens/{id}", module: tokenById },
  { path: "/users", module: users },
  { path: "/users/{id}", module: userById },
  { path: "/views", module: views },
  { path: "/views/{id}", module: viewById },
];
