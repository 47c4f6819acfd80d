// What the export reads from the database: ids only to join, keys and refs to write.
import type { ContractFormat, InterfaceMode, InterfaceStyle, Layer, Lifecycle, SystemKind } from "@/server/generated/prisma/enums";

export type TExportTeam = { id: string; key: string; name: string; description: string; contactEmail: string | null; parentId: string | null; sourceRef: string | null };
export type TExportUser = { id: string; email: string; name: string; sourceRef: string | null };
export type TExportSystem = {
  id: string; key: string; name: string; description: string; kind: SystemKind; layer: Layer; lifecycle: Lifecycle;
  tags: string[]; teamId: string | null; technicalOwnerId: string | null; grouping: string | null; domain: string | null; sourceRef: string | null;
};
export type TExportInterface = {
  key: string; name: string; description: string; style: InterfaceStyle; mode: InterfaceMode; lifecycle: Lifecycle;
  providerSystemId: string; consumerSystemId: string; teamId: string | null; technicalOwnerId: string | null;
  contractFormat: ContractFormat; contractUrl: string | null; sourceRef: string | null;
  /** The newest contract version's text, if any. */
  contract: string | null;
};
export type TExportData = {
  teams: TExportTeam[];
  members: { teamId: string; userId: string }[];
  users: TExportUser[];
  systems: TExportSystem[];
  interfaces: TExportInterface[];
};

/** One catalog-info document, ready for YAML. */
export type TEntityDocument = { apiVersion: "backstage.io/v1alpha1"; kind: string; metadata: Record<string, unknown>; spec: Record<string, unknown> };

/** The catalog split into files: one per team, plus the groupings and what no team owns. */
export type TCatalogFiles = Map<string, TEntityDocument[]>;
