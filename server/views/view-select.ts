import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import type { TSavedView, TViewDefinition } from "@/lib/schemas/view";
import { userRefSelect } from "@/server/shared/ref-select";
import type { VersionedEntity } from "@/server/shared/versioned-update";

export const VIEW_ENTITY = { type: "VIEW", name: "view" } satisfies VersionedEntity;

export const viewSelect = {
  id: true, key: true, name: true, description: true, definition: true, positions: true,
  version: true, createdAt: true, updatedAt: true,
  owner: { select: userRefSelect },
} satisfies Prisma.SavedViewSelect;

type ViewRow = Prisma.SavedViewGetPayload<{ select: typeof viewSelect }>;

/** The API shape. The JSON columns were validated by the zod schemas on the way in. */
export const toView = (row: ViewRow): TSavedView => ({
  ...row,
  definition: row.definition as TViewDefinition,
  positions: (row.positions ?? null) as TSavedView["positions"],
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/**
 * What the audit log keeps of a view: everything but the positions, which are layout (as the
 * shared NodePosition rows are, which are not audited at all), only their number.
 */
export const auditSnapshot = ({ positions, ...view }: TSavedView) => ({ ...view, positionCount: positions?.length ?? 0 });

type ReferenceInput = { definition?: TViewDefinition; positions?: { systemId: string }[] | null };

/** Systems and teams a view names must exist when it is saved (they may be deleted later). */
export const viewReferences = ({ definition, positions }: ReferenceInput) => ({
  systems: [
    { path: "definition.focus", id: definition?.focus },
    ...(positions ?? []).map((p, i) => ({ path: `positions.${i}.systemId`, id: p.systemId })),
  ],
  teams: (definition?.filters.teamId ?? []).map((id, i) => ({ path: `definition.filters.teamId.${i}`, id })),
});
