import { z } from "zod";
import { ZDescription, ZId, ZKey, ZListQueryBase, ZName, ZUserRef, ZVersion, sortParam, zPage } from "./common";
import { TOPOLOGY_DEFAULT_DIRECTION, ZCoordinate, ZTopologyDirection, ZTopologyGroupBy, filterList, focusLimit } from "./topology";
import { customIssue, fieldMessage } from "./field-message";


export const ZNodePosition = z.strictObject({ systemId: ZId, x: ZCoordinate, y: ZCoordinate });

/** Up to 2,000 positions, each system once. */
export const ZNodePositionList = z
  .array(ZNodePosition)
  .max(2000)
  .superRefine((positions, ctx) => {
    const seen = new Set<string>();
    positions.forEach((p, i) => {
      if (seen.has(p.systemId)) ctx.addIssue({ ...customIssue("systemListedTwice"), path: [i, "systemId"] });
      seen.add(p.systemId);
    });
  });

export const ZPositionsSave = z
  .strictObject({ positions: ZNodePositionList.min(1) })
  .meta({ id: "NodePositionsSave" });
export type TPositionsSave = z.input<typeof ZPositionsSave>;
export const ZPositionsSaved = z.object({ saved: z.number().int() }).meta({ id: "NodePositionsSaved" });

/** What GET /topology is asked for when the view opens: its parameters (lib/schemas/topology.ts), filters as arrays. */
export const ZViewDefinition = z
  .strictObject({
    filters: z
      .strictObject({
        kind: filterList("kind").optional(),
        layer: filterList("layer").optional(),
        tier: filterList("tier").optional(),
        lifecycle: filterList("lifecycle").optional(),
        teamId: filterList("teamId").optional(),
        style: filterList("style").optional(),
        domain: filterList("domain").optional(),
        grouping: filterList("grouping").optional(),
      })
      .default({}),
    groupBy: ZTopologyGroupBy.nullable().default(null),
    focus: ZId.nullable().default(null).describe("System id"),
    direction: ZTopologyDirection.default(TOPOLOGY_DEFAULT_DIRECTION),
    depth: focusLimit("depth"),
    breadth: focusLimit("breadth"),
  })
  .refine((d) => !(d.focus && d.groupBy), { ...fieldMessage("focusWithGroupBy"), path: ["groupBy"] })
  .meta({ id: "ViewDefinition" });
export type TViewDefinition = z.output<typeof ZViewDefinition>;

const fields = {
  key: ZKey,
  name: ZName,
  description: ZDescription,
  definition: ZViewDefinition,
  positions: ZNodePositionList.nullable().describe("The view's own layout; null to use the shared positions"),
};

export const ZViewCreate = z
  .strictObject({ ...fields, description: fields.description.default(""), positions: fields.positions.default(null) })
  .meta({ id: "ViewCreate" });
export type TViewCreate = z.input<typeof ZViewCreate>;

export const ZViewUpdate = z
  .strictObject({ ...z.object(fields).partial().shape, version: ZVersion })
  .meta({ id: "ViewUpdate" });
export type TViewUpdate = z.input<typeof ZViewUpdate>;

export const VIEW_SORTS = ["key", "name", "createdAt", "updatedAt"] as const;
export const ZViewListQuery = ZListQueryBase.extend({
  ownerId: ZId.optional().describe("Views this user created"),
  sort: sortParam(VIEW_SORTS, "name"),
});
export type TViewListQuery = z.output<typeof ZViewListQuery>;

const viewFields = {
  id: z.string(),
  key: z.string(),
  name: z.string(),
  description: z.string(),
  definition: ZViewDefinition,
  owner: ZUserRef,
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
};
export const ZSavedView = z
  .object({ ...viewFields, positions: z.array(z.object({ systemId: z.string(), x: z.number(), y: z.number() })).nullable() })
  .meta({ id: "SavedView" });
export type TSavedView = z.infer<typeof ZSavedView>;

/** Lists leave the positions out (up to 2,000 each); the count says whether a view has its own layout. */
export const ZSavedViewSummary = z
  .object({ ...viewFields, positionCount: z.number().int() })
  .meta({ id: "SavedViewSummary" });
export const ZSavedViewPage = zPage(ZSavedViewSummary).meta({ id: "SavedViewPage" });
export type TSavedViewSummary = z.infer<typeof ZSavedViewSummary>;
