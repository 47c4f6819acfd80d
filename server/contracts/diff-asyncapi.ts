// Breaking changes between two AsyncAPI documents (2.x or 3.x): channels and operations removed,
// and message payloads changed against the side that depends on them. What the documented
// application sends (2.x subscribe, 3.x send) is read by others: a removed property or a changed
// type breaks them. What it receives (2.x publish, 3.x receive) is written by others: a property
// made required or a changed type breaks them.
import "server-only";
import type { BreakingChange } from "@/lib/contracts/types";
import { createSchemaComparer, propertyPath, type SchemaMode } from "./diff-schemas";
import { asObject, entriesOf, resolveLocal, type JsonObject } from "./json-tools";

type Message = { name: string; payload: unknown };

const templateKey = (name: string) => name.replace(/\{[^}]*\}/g, "{}");
const lastSegment = (ref: unknown) => (typeof ref === "string" ? ref.split("/").pop() : undefined);

/** A 3.x payload may be a multi-format object ({ schemaFormat, schema }). */
function payloadOf(message: JsonObject | undefined): unknown {
  const payload = asObject(message?.payload);
  return payload && typeof payload.schemaFormat === "string" && payload.schema !== undefined ? payload.schema : message?.payload;
}

function message(doc: JsonObject, raw: unknown, fallback: string): Message {
  const m = asObject(resolveLocal(doc, raw));
  const name = [m?.name, m?.messageId, lastSegment(asObject(raw)?.$ref)].find((n): n is string => typeof n === "string") ?? fallback;
  return { name, payload: payloadOf(m) };
}

/** 2.x: `message` is one message or { oneOf: [...] }. */
function messages2(doc: JsonObject, op: JsonObject): Message[] {
  const m = asObject(resolveLocal(doc, op.message));
  const list = Array.isArray(m?.oneOf) ? m.oneOf : op.message !== undefined ? [op.message] : [];
  return list.map((raw, i) => message(doc, raw, String(i)));
}

/** 3.x: the operation's `messages` (refs into its channel), else every message of its channel. */
function messages3(doc: JsonObject, op: JsonObject): Message[] {
  if (Array.isArray(op.messages)) return op.messages.map((raw, i) => message(doc, raw, String(i)));
  const channel = asObject(resolveLocal(doc, op.channel));
  return entriesOf(channel?.messages).map(([key, raw]) => message(doc, raw, key));
}

type Compare = ReturnType<typeof createSchemaComparer>;

function diffMessages(where: string, mode: SchemaMode, before: Message[], after: Message[], docs: { before: JsonObject; after: JsonObject }, compare: Compare): BreakingChange[] {
  const single = before.length === 1 && after.length === 1;
  const pairs = single ? [[before[0], after[0]] as const] : before.flatMap((b) => after.filter((a) => a.name === b.name).map((a) => [b, a] as const));
  return pairs.flatMap(([b, a]) => {
    const at = single ? where : `${where} → ${b.name}`;
    return compare({ doc: docs.before, schema: b.payload }, { doc: docs.after, schema: a.payload }, mode).map((c) => ({
      kind: c.kind,
      location: c.at.length ? `${at} → ${propertyPath(c.at)}` : at,
      ...(c.before !== undefined && { before: c.before }),
      ...(c.after !== undefined && { after: c.after }),
    }));
  });
}

function diff2(before: JsonObject, after: JsonObject, compare: Compare): BreakingChange[] {
  const changes: BreakingChange[] = [];
  const afterChannels = new Map(entriesOf(after.channels).map(([name, ch]) => [templateKey(name), asObject(resolveLocal(after, ch)) ?? {}]));
  for (const [name, raw] of entriesOf(before.channels)) {
    const aChannel = afterChannels.get(templateKey(name));
    if (!aChannel) {
      changes.push({ kind: "channel-removed", location: name });
      continue;
    }
    const bChannel = asObject(resolveLocal(before, raw)) ?? {};
    for (const action of ["publish", "subscribe"] as const) {
      const bOp = asObject(bChannel[action]);
      if (!bOp) continue;
      const aOp = asObject(aChannel[action]);
      const where = `${name} → ${action}`;
      if (!aOp) changes.push({ kind: "operation-removed", location: where });
      else changes.push(...diffMessages(where, action === "subscribe" ? "read" : "write", messages2(before, bOp), messages2(after, aOp), { before, after }, compare));
    }
  }
  return changes;
}

function diff3(before: JsonObject, after: JsonObject, compare: Compare): BreakingChange[] {
  const changes: BreakingChange[] = [];
  const address = (channel: JsonObject | undefined) => (typeof channel?.address === "string" ? channel.address : undefined);
  const afterChannels = asObject(after.channels) ?? {};
  for (const [key, raw] of entriesOf(before.channels)) {
    const bAddress = address(asObject(resolveLocal(before, raw)));
    const aAddress = address(asObject(resolveLocal(after, afterChannels[key])));
    const moved = bAddress !== undefined && aAddress !== undefined && templateKey(bAddress) !== templateKey(aAddress);
    if (!Object.hasOwn(afterChannels, key) || moved) changes.push({ kind: "channel-removed", location: bAddress ?? key, ...(moved && { after: aAddress }) });
  }
  const afterOps = asObject(after.operations) ?? {};
  for (const [id, raw] of entriesOf(before.operations)) {
    const bOp = asObject(resolveLocal(before, raw)) ?? {};
    const aOp = asObject(resolveLocal(after, afterOps[id]));
    const where = `${typeof bOp.action === "string" ? bOp.action : "operation"} ${id}`;
    if (!aOp) changes.push({ kind: "operation-removed", location: where });
    else changes.push(...diffMessages(where, bOp.action === "send" ? "read" : "write", messages3(before, bOp), messages3(after, aOp), { before, after }, compare));
  }
  return changes;
}

export function diffAsyncApi({ before, after }: { before: JsonObject; after: JsonObject }): BreakingChange[] {
  const compare = createSchemaComparer();
  return String(before.asyncapi).startsWith("2.") ? diff2(before, after, compare) : diff3(before, after, compare);
}
