// The style-specific part of a synthetic interface: mode, endpoint, broker, auth and contract,
// shaped the way integration engineers would write them for that style.
import type { AuthMethod, ContractFormat, InterfaceMode, InterfaceStyle } from "../generated/prisma/enums";
import type { TEstateInterface, TEstateSystem } from "./estate-types";
import type { Rng } from "../../lib/prng";
import { DATA_OBJECTS } from "./synthetic-vocabulary";

const ASYNC = new Set<InterfaceStyle>(["MESSAGE_QUEUE", "EVENT_STREAM", "ETL_BATCH", "WEBHOOK", "FILE_TRANSFER"]);
const BROKERED = new Set<InterfaceStyle>(["MESSAGE_QUEUE", "EVENT_STREAM"]);

const CONTRACT: Record<InterfaceStyle, ContractFormat> = {
  REST: "OPENAPI", GRPC: "PROTOBUF", GRAPHQL: "GRAPHQL_SDL", SOAP: "WSDL", MESSAGE_QUEUE: "ASYNCAPI",
  EVENT_STREAM: "ASYNCAPI", ETL_BATCH: "OTHER", WEBHOOK: "OPENAPI", FILE_TRANSFER: "OTHER", DB_LINK: "NONE",
};

const AUTH: Record<InterfaceStyle, AuthMethod[]> = {
  REST: ["OAUTH2", "JWT", "API_KEY", "MTLS"], GRPC: ["MTLS", "JWT"], GRAPHQL: ["OAUTH2", "JWT"], SOAP: ["BASIC", "MTLS"],
  MESSAGE_QUEUE: ["BASIC", "MTLS"], EVENT_STREAM: ["MTLS", "BASIC"], ETL_BATCH: ["BASIC", "API_KEY"],
  WEBHOOK: ["API_KEY", "JWT"], FILE_TRANSFER: ["BASIC", "MTLS"], DB_LINK: ["BASIC"],
};

const CRONS = ["0 2 * * *", "30 1 * * *", "0 */4 * * *", "15 * * * *", "0 6 * * 1"];

function endpointFor(style: InterfaceStyle, provider: TEstateSystem, object: string, rng: Rng): string {
  const host = provider.key.replace(/^syn-/, "");
  switch (style) {
    case "REST": return `/api/v${1 + rng.int(2)}/${object}s`;
    case "GRPC": return `${host}.${object.replace("-", "")}.v1.${object[0].toUpperCase()}${object.slice(1).replace("-", "")}Service`;
    case "GRAPHQL": return "/graphql";
    case "SOAP": return `/ws/${object}Service?wsdl`;
    case "MESSAGE_QUEUE": return `${host}.${object}.queue`;
    case "EVENT_STREAM": return `${object}.${rng.pick(["created", "updated", "deleted", "changed"])}.v${1 + rng.int(2)}`;
    case "ETL_BATCH": return `cron: ${rng.pick(CRONS)}`;
    case "WEBHOOK": return `/hooks/${object}`;
    case "FILE_TRANSFER": return `sftp://${host}/outbound/${object}_*.csv`;
    case "DB_LINK": return `jdbc:postgresql://${host}-db:5432/${host.replace(/-/g, "_")}`;
  }
}

export type SyntheticInterfaceDetailsOptions = {
  rng: Rng;
  style: InterfaceStyle;
  provider: TEstateSystem;
  consumer: TEstateSystem;
  brokers: TEstateSystem[];
  n: number;
};

export function syntheticInterfaceDetails(o: SyntheticInterfaceDetailsOptions) {
  const { rng, style, provider, consumer, brokers } = o;
  const object = rng.pick(DATA_OBJECTS);
  const mode: InterfaceMode = ASYNC.has(style) ? "ASYNC" : "SYNC";
  const broker = BROKERED.has(style) && brokers.length ? rng.pick(brokers) : undefined;
  const via = broker && broker.key !== provider.key && broker.key !== consumer.key ? broker.key : null;
  // About one in ten interfaces misses its contract or its authentication: standards findings.
  const contractFormat = rng.chance(0.1) ? "NONE" : CONTRACT[style];
  return {
    name: `${object} ${style.toLowerCase().replace("_", " ")} ${o.n}`,
    description: `${provider.name} → ${consumer.name}: ${object} data`,
    style,
    mode,
    via,
    endpoint: endpointFor(style, provider, object, rng),
    dataObjects: [object],
    authMethod: rng.chance(0.08) ? "NONE" : rng.pick(AUTH[style]),
    contractFormat,
    contractUrl: contractFormat === "NONE" ? null : `https://contracts.synthetic.junction.example/${provider.key}/${object}`,
  } satisfies Partial<TEstateInterface>;
}
