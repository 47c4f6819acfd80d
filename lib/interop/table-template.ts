// The template a person downloads to fill in: the export's header row and one example row. The
// example's key (email, for people) starts with `#`, which marks a comment row the importer skips:
// a template filled in below the example and uploaded as it is must not create a fake
// "order-service", yet the example should stay beside the empty rows to show how every column
// is written (codes or labels, yes/no, `;` lists, `(lead)`). No key or email can start with `#`.
import type { TLocale } from "@/lib/schemas/enums";
import type { TImportEntity } from "@/lib/schemas/interop";
import { identityColumn } from "./table-columns";
import { tableSheet, type TTableSheet } from "./table-sheet";

type Example = Record<string, unknown>;
const EXAMPLES: Record<TImportEntity, (zh: boolean) => Example> = {
  systems: (zh) => ({
    key: "order-service", name: zh ? "订单服务" : "Order service", description: zh ? "接收并跟踪客户订单" : "Takes and tracks customer orders",
    kind: "BUSINESS_APP", layer: "BUSINESS", tier: 1, lifecycle: "ACTIVE", vendor: null, isThirdParty: false, team: "commerce",
    technicalOwner: "ann@example.com", businessOwner: "bo@example.com", tags: ["orders", "pci"], domain: "commerce", grouping: "checkout",
    docsUrl: "https://wiki.example.com/order-service", repoUrl: "https://git.example.com/commerce/order-service",
    runbookUrl: "https://wiki.example.com/order-service/runbook", monitoringUrl: null, sourceRef: null,
  }),
  interfaces: (zh) => ({
    key: "orders-to-billing", name: zh ? "订单同步到计费" : "Orders to billing",
    description: zh ? "新订单发布到 Kafka，由计费系统消费" : "New orders published on Kafka, consumed by billing",
    style: "MESSAGE_QUEUE", mode: "ASYNC", provider: "order-service", consumer: "billing", via: "kafka", endpoint: "orders.created",
    dataObjects: ["order", "invoice"], authMethod: "MTLS", tier: 1, lifecycle: "ACTIVE", team: "commerce",
    technicalOwner: "ann@example.com", contractUrl: "https://git.example.com/commerce/contracts/orders.yaml", sourceRef: null,
  }),
  teams: (zh) => ({
    key: "commerce", name: zh ? "电商团队" : "Commerce", description: zh ? "订单、支付与计费" : "Orders, payments and billing",
    contactEmail: "commerce@example.com", chatChannel: "#commerce", onCall: "commerce-oncall", parent: "digital",
    members: [{ email: "ann@example.com", role: "LEAD" }, { email: "ben@example.com", role: "MEMBER" }], sourceRef: null,
  }),
  people: (zh) => ({ email: "ann@example.com", name: zh ? "李安" : "Ann Lee", active: true, sourceRef: null }),
};

export function tableTemplate(o: { entity: TImportEntity; lang: TLocale }): TTableSheet {
  const zh = o.lang === "zh-CN";
  const example = EXAMPLES[o.entity](zh);
  const id = identityColumn(o.entity).id;
  const marked = { ...example, [id]: `# ${String(example[id])} ${zh ? "（示例行，导入时跳过）" : "(example row, skipped on import)"}` };
  return tableSheet({ entity: o.entity, records: [marked], lang: o.lang });
}
