// The normalized estate every bulk load speaks: the demo seed, the synthetic generator and the
// estate-5k benchmark all build one of these, and import-estate.ts writes it. Records refer to
// each other by team key, system key and person email, never by database id, so a source file
// can be mapped without touching the database.
import type {
  AuthMethod, ContractFormat, DeliveryGuarantee, InterfaceMode, InterfaceStyle, Layer, Lifecycle, Role, SystemKind, TeamRole,
} from "../generated/prisma/enums";

export type TEstatePerson = {
  email: string;
  name: string;
  role?: Role;
  active?: boolean;
  locale?: string;
  /** Omit for people who only appear as owners: they get an unusable hash and cannot sign in. */
  passwordHash?: string;
};

export type TEstateTeam = {
  key: string;
  name: string;
  description?: string;
  contactEmail?: string | null;
  chatChannel?: string | null;
  onCall?: string | null;
  members?: { email: string; role: TeamRole }[];
};

export type TEstateSystem = {
  key: string;
  name: string;
  description?: string;
  kind: SystemKind;
  layer: Layer;
  tier?: number;
  lifecycle?: Lifecycle;
  vendor?: string | null;
  isThirdParty?: boolean;
  team?: string | null;
  technicalOwner?: string | null;
  businessOwner?: string | null;
  tags?: string[];
  docsUrl?: string | null;
  repoUrl?: string | null;
  runbookUrl?: string | null;
  monitoringUrl?: string | null;
};

export type TEstateInterface = {
  key: string;
  name: string;
  description?: string;
  style: InterfaceStyle;
  mode: InterfaceMode;
  /** System keys: data flows (or calls are served) from provider to consumer, via a broker if any. */
  provider: string;
  consumer: string;
  via?: string | null;
  endpoint?: string | null;
  dataObjects?: string[];
  authMethod?: AuthMethod;
  contractFormat?: ContractFormat;
  contractUrl?: string | null;
  /** Reliability facts; absent or null = not recorded. */
  deliveryGuarantee?: DeliveryGuarantee | null;
  idempotent?: boolean | null;
  retryPolicy?: string | null;
  deadLetterQueue?: string | null;
  tlsInTransit?: boolean | null;
  tier?: number;
  lifecycle?: Lifecycle;
  team?: string | null;
  technicalOwner?: string | null;
};

export type TEstate = {
  teams: TEstateTeam[];
  users: TEstatePerson[];
  systems: TEstateSystem[];
  interfaces: TEstateInterface[];
};
