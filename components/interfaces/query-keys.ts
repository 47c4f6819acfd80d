// Query keys for interfaces; everything lives under `interfaceKeys.all`.
export type InterfaceListParams = Record<string, string | number>;

export const interfaceKeys = {
  all: ["interfaces"] as const,
  lists: () => [...interfaceKeys.all, "list"] as const,
  list: (params: InterfaceListParams) => [...interfaceKeys.lists(), params] as const,
  details: () => [...interfaceKeys.all, "detail"] as const,
  detail: (idOrKey: string) => [...interfaceKeys.details(), idOrKey] as const,
};
