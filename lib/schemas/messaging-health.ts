// Messaging health: each broker with the topics and queues that pass through it.
import { z } from "zod";
import { ZId, ZRef } from "./common";
import { ZInterfaceStyle } from "./enums";
import { textInput } from "./text";

export const ZMessagingQuery = z.object({
  teamId: ZId.optional().describe("Brokers of this team, and interfaces of this team through any broker"),
  q: textInput().trim().max(200).optional().describe("Substring of a broker's or an interface's key or name"),
});
export type TMessagingQuery = z.output<typeof ZMessagingQuery>;

export const ZQueueFigures = z.object({
  at: z.iso.datetime(),
  backlog: z.number().nullable(),
  lagMessages: z.number().nullable(),
  lagSeconds: z.number().nullable(),
  deadLettered: z.number().nullable(),
  consumers: z.number().nullable(),
}).meta({ id: "QueueFigures" });

export const ZQueueHealth = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  style: ZInterfaceStyle,
  endpoint: z.string().nullable(),
  provider: ZRef,
  consumer: ZRef,
  team: ZRef.nullable(),
  latest: ZQueueFigures.nullable().describe("The newest sample with messaging figures in the last 24 hours"),
  trend: z.array(z.object({ hour: z.iso.datetime(), backlog: z.number().nullable(), lagSeconds: z.number().nullable() }))
    .describe("Hourly maxima over the last 24 hours"),
  growing: z.boolean().describe("The backlog rose over the last three hours with data"),
}).meta({ id: "QueueHealth" });
export type TQueueHealth = z.infer<typeof ZQueueHealth>;

export const ZBrokerHealth = z.object({
  broker: ZRef.extend({ tier: z.number().int(), team: ZRef.nullable() }).nullable().describe("null: messaging interfaces with no broker recorded"),
  interfaces: z.array(ZQueueHealth),
  totals: z.object({ backlog: z.number(), deadLettered: z.number(), growing: z.number().int(), noConsumers: z.number().int() }),
}).meta({ id: "BrokerHealth" });
export type TBrokerHealth = z.infer<typeof ZBrokerHealth>;

export const ZMessagingHealth = z.object({ brokers: z.array(ZBrokerHealth) }).meta({ id: "MessagingHealth" });
export type TMessagingHealth = z.infer<typeof ZMessagingHealth>;
