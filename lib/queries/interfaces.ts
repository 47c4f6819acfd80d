// Interfaces: keys and queries; everything lives under `interfaceKeys.all`.
import type { TInterface } from "@/lib/schemas/interface";
import { recordQueries } from "./record-queries";

const interfaces = recordQueries<TInterface, "interfaces">("interfaces");

export const interfaceKeys = interfaces.keys;
export const interfaceDetailQuery = interfaces.detail;
export const interfaceListQuery = interfaces.list;
