/** "3 interfaces: a, b, c" or "25 interfaces: a, b, … and 15 more". */
export function describeReferences(noun: string, keys: string[], total: number): string {
  const more = total > keys.length ? ` and ${total - keys.length} more` : "";
  return `${total} ${noun}${total === 1 ? "" : "s"}: ${keys.join(", ")}${more}`;
}
