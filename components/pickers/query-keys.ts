// Query keys for the user directory as the pickers read it. The root matches what a users area
// would use (["users"]), so invalidating users also refreshes open pickers.
export const userPickerKeys = {
  all: ["users"] as const,
  search: (q: string) => [...userPickerKeys.all, "picker", { q }] as const,
};
