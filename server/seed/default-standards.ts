// The catalogue every installation starts with: the practice integration teams write down first
// (API naming, one error scheme, auth, contracts, TLS, idempotency and retries, dead-letter queues,
// observability, owners and runbooks, layering, gray release). Admins edit or retire them freely.
import type { TStandardCreate } from "@/lib/schemas/standard";
// The engine's rule names (server/contracts/worker/junction-rules.mjs), so a standard reads real findings.
import { JUNCTION_RULE_NAMES } from "@/lib/schemas/contract-lint";

const text = (en: [string, string, string], zh: [string, string, string]) => ({
  en: { name: en[0], description: en[1], rationale: en[2] },
  "zh-CN": { name: zh[0], description: zh[1], rationale: zh[2] },
});

const API_STYLES = ["REST", "GRPC", "GRAPHQL", "SOAP", "WEBHOOK"] as const;
const MESSAGING = ["MESSAGE_QUEUE", "EVENT_STREAM"] as const;

export const DEFAULT_STANDARDS: TStandardCreate[] = [
  {
    key: "contract-attached", category: "CONTRACT", severity: "MUST", appliesTo: "INTERFACE",
    scope: { styles: [...API_STYLES, ...MESSAGING] },
    check: { kind: "FIELD", match: "all", conditions: [{ field: "hasContract", op: "eq", value: true }] },
    text: text(
      ["An OpenAPI or AsyncAPI contract is attached", "Every API and every topic has its machine-readable contract attached to the interface.", "Consumers integrate against the contract, not against someone's memory; breaking changes can only be found between two versions of a document."],
      ["已附加 OpenAPI / AsyncAPI 契约", "每个 API 和每个消息主题都在接口上附加机器可读的契约文档。", "调用方依据契约集成，而不是凭记忆；只有对比两个版本的契约才能发现破坏性变更。"],
    ),
    goodExample: "orders-api: openapi.yaml v3 attached", badExample: "\"Ask Zhang Wei for the fields\"",
  },
  {
    key: "contract-lints-clean", category: "CONTRACT", severity: "SHOULD", appliesTo: "INTERFACE",
    scope: { styles: [...API_STYLES, ...MESSAGING] },
    check: { kind: "CONTRACT", rules: [], failOn: "error" },
    text: text(
      ["The contract passes lint without errors", "The attached document passes the OpenAPI / AsyncAPI rulesets and the house rules without an error.", "A contract with errors misleads code generators and readers alike."],
      ["契约通过检查，无错误", "附加的文档通过 OpenAPI / AsyncAPI 规则集和内部规则检查，没有错误级问题。", "有错误的契约会误导代码生成工具和阅读者。"],
    ),
  },
  {
    key: "api-paths-kebab-case", category: "NAMING", severity: "SHOULD", appliesTo: "INTERFACE",
    scope: { styles: ["REST"] },
    check: { kind: "CONTRACT", rules: [JUNCTION_RULE_NAMES.kebabCasePaths], failOn: "warn" },
    text: text(
      ["API paths are kebab-case", "Path segments are lowercase words joined by hyphens; parameters in braces.", "One spelling across every API: nobody guesses between /orderItems, /order_items and /order-items."],
      ["API 路径使用 kebab-case", "路径段为小写单词并用连字符连接，参数写在花括号中。", "所有 API 统一拼写，调用方无需在 /orderItems、/order_items 与 /order-items 之间猜测。"],
    ),
    goodExample: "GET /purchase-orders/{id}", badExample: "GET /PurchaseOrders/{Id}",
  },
  {
    key: "api-error-schema", category: "ERROR_CODES", severity: "MUST", appliesTo: "INTERFACE",
    scope: { styles: ["REST"] },
    check: { kind: "CONTRACT", rules: [JUNCTION_RULE_NAMES.errorSchema], failOn: "warn" },
    text: text(
      ["Errors use the shared error schema", "Every 4xx and 5xx response uses the company's one error body (RFC 9457 problem details).", "One error-code scheme lets every consumer handle failures the same way and lets support search one format."],
      ["错误响应使用统一错误结构", "所有 4xx 和 5xx 响应都使用公司统一的错误体（RFC 9457 problem details）。", "统一的错误码方案让每个调用方用同一种方式处理失败，运维也只需检索一种格式。"],
    ),
  },
  {
    key: "api-authenticated", category: "AUTH", severity: "MUST", appliesTo: "INTERFACE",
    scope: { styles: [...API_STYLES] },
    check: { kind: "FIELD", match: "all", conditions: [{ field: "authMethod", op: "not_in", value: ["NONE", "BASIC"] }] },
    text: text(
      ["APIs authenticate with OAuth 2, JWT, mTLS or an API key", "No anonymous API and no Basic authentication between systems.", "Every call must be attributable to a system, and shared passwords in headers leak."],
      ["API 使用 OAuth 2、JWT、mTLS 或 API Key 认证", "系统之间不允许匿名 API，也不允许 Basic 认证。", "每次调用都必须能追溯到调用系统；请求头中的共享密码容易泄露。"],
    ),
  },
  {
    key: "tls-in-transit", category: "SECURITY", severity: "MUST", appliesTo: "INTERFACE",
    scope: { lifecycles: ["PLANNED", "ACTIVE", "DEPRECATED"] },
    check: { kind: "FIELD", match: "all", conditions: [{ field: "tlsInTransit", op: "eq", value: true }] },
    text: text(
      ["Data is encrypted in transit (TLS)", "The connection is TLS 1.2 or later end to end, brokers and file transfers included.", "Internal networks are not trusted networks; auditors ask for this first."],
      ["传输加密（TLS）", "连接端到端使用 TLS 1.2 及以上，包括消息中间件和文件传输。", "内网不等于可信网络；这是审计首先检查的一项。"],
    ),
  },
  {
    key: "messages-idempotent", category: "RELIABILITY", severity: "MUST", appliesTo: "INTERFACE",
    scope: { styles: [...MESSAGING, "WEBHOOK"] },
    check: { kind: "FIELD", match: "any", conditions: [
      { field: "deliveryGuarantee", op: "eq", value: "AT_MOST_ONCE" },
      { field: "idempotent", op: "eq", value: true },
    ] },
    text: text(
      ["Redelivered messages are handled idempotently", "A consumer of at-least-once (or exactly-once) delivery processes a repeated message once.", "Brokers redeliver after timeouts and rebalances; without idempotency an order is booked twice."],
      ["重复投递的消息被幂等处理", "至少一次（或恰好一次）投递的消费方对重复消息只处理一次。", "中间件在超时和重平衡后会重复投递；没有幂等，订单会被重复记账。"],
    ),
  },
  {
    key: "messages-retry-policy", category: "RELIABILITY", severity: "SHOULD", appliesTo: "INTERFACE",
    scope: { modes: ["ASYNC"] },
    check: { kind: "FIELD", match: "all", conditions: [{ field: "retryPolicy", op: "not_empty" }] },
    text: text(
      ["A retry policy is written down", "Attempts, backoff and what happens after the last attempt are recorded on the interface.", "Unbounded retries turn one failure into a storm; no retries turn a blip into data loss."],
      ["已定义重试策略", "在接口上记录重试次数、退避方式以及最后一次失败后的处理。", "无限重试会把一次故障放大成风暴；不重试则会把一次抖动变成数据丢失。"],
    ),
    goodExample: "5 attempts, exponential backoff from 1 s, then the DLQ", badExample: "(empty)",
  },
  {
    key: "messages-dead-letter-queue", category: "RELIABILITY", severity: "MUST", appliesTo: "INTERFACE",
    scope: { styles: [...MESSAGING] },
    check: { kind: "FIELD", match: "all", conditions: [{ field: "deadLetterQueue", op: "not_empty" }] },
    text: text(
      ["Undeliverable messages go to a dead-letter queue", "Each queue or topic names its dead-letter queue, and someone watches it.", "A poison message must not block the queue nor vanish silently."],
      ["无法投递的消息进入死信队列", "每个队列或主题都指定死信队列，并有人负责关注。", "毒消息既不能阻塞队列，也不能悄无声息地消失。"],
    ),
    goodExample: "orders.created.dlq",
  },
  {
    key: "system-monitoring-dashboard", category: "OBSERVABILITY", severity: "SHOULD", appliesTo: "SYSTEM",
    scope: { lifecycles: ["ACTIVE"] },
    check: { kind: "FIELD", match: "all", conditions: [{ field: "monitoringUrl", op: "not_empty" }] },
    text: text(
      ["A monitoring dashboard is linked", "The system links the dashboard with its logs, metrics and traces.", "At 3 a.m. the on-call engineer should be one click from the graphs."],
      ["已关联监控看板", "系统关联了包含日志、指标和链路追踪的监控看板。", "凌晨三点值班工程师应当一键看到监控图表。"],
    ),
  },
  {
    key: "system-runbook", category: "DOCUMENTATION", severity: "MUST", appliesTo: "SYSTEM",
    scope: { tiers: [0, 1], lifecycles: ["ACTIVE"] },
    check: { kind: "FIELD", match: "all", conditions: [{ field: "runbookUrl", op: "not_empty" }] },
    text: text(
      ["Critical systems have a runbook", "Tier-0 and tier-1 systems link a runbook: how to restart, fail over and whom to call.", "An incident is the wrong moment to discover how a system is operated."],
      ["关键系统有运维手册", "0 级和 1 级系统关联运维手册：如何重启、切换以及联系谁。", "故障发生时才去摸索系统怎么运维，为时已晚。"],
    ),
  },
  {
    key: "system-owned", category: "OWNERSHIP", severity: "MUST", appliesTo: "SYSTEM",
    scope: { lifecycles: ["PLANNED", "ACTIVE", "DEPRECATED"] },
    check: { kind: "FIELD", match: "all", conditions: [
      { field: "teamId", op: "not_empty" },
      { field: "technicalOwnerId", op: "not_empty" },
    ] },
    text: text(
      ["A team and a technical owner are named", "Every system in service has an owning team and a technical owner.", "Alerts and change requests need an address."],
      ["已指定负责团队和技术负责人", "每个在用系统都有负责团队和技术负责人。", "告警和变更申请都需要明确的接收人。"],
    ),
  },
  {
    key: "interface-owned", category: "OWNERSHIP", severity: "SHOULD", appliesTo: "INTERFACE",
    scope: { lifecycles: ["PLANNED", "ACTIVE", "DEPRECATED"] },
    check: { kind: "FIELD", match: "all", conditions: [{ field: "teamId", op: "not_empty" }] },
    text: text(
      ["Interfaces have an owning team", "The team answerable for the interface is recorded, not only the teams at its ends.", "Between two teams, an interface without an owner belongs to nobody."],
      ["接口有负责团队", "记录对接口负责的团队，而不仅仅是两端系统的团队。", "夹在两个团队之间、没有负责人的接口等于无人负责。"],
    ),
  },
  {
    key: "layering-no-presentation-to-data", category: "ARCHITECTURE", severity: "MUST", appliesTo: "INTERFACE",
    check: { kind: "GRAPH", match: "all", conditions: [
      { field: "consumer.layer", op: "eq", value: "PRESENTATION" },
      { field: "provider.layer", op: "eq", value: "DATA" },
    ] },
    text: text(
      ["The presentation layer does not read the data layer directly", "Front ends go through a business-layer service, never straight to a database or data platform.", "Layered decoupling: a schema change must not break a screen."],
      ["展示层不直接访问数据层", "前端必须经由业务层服务，不能直接访问数据库或数据平台。", "分层解耦：数据结构的变化不应导致页面故障。"],
    ),
  },
  {
    key: "no-db-link-across-teams", category: "ARCHITECTURE", severity: "MUST", appliesTo: "INTERFACE",
    check: { kind: "GRAPH", match: "all", conditions: [
      { field: "interface.style", op: "eq", value: "DB_LINK" },
      { field: "provider.teamId", op: "neq", value: { ref: "consumer.teamId" } },
    ] },
    text: text(
      ["No database links across teams", "One team's system never reads another team's database directly; it calls an API.", "A shared database is a contract nobody wrote down and nobody can change."],
      ["不跨团队直连数据库", "一个团队的系统不得直接读取另一团队的数据库，应调用 API。", "共享数据库是一份没人写下、也没人敢改的契约。"],
    ),
  },
  {
    key: "tier-0-not-on-tier-3", category: "ARCHITECTURE", severity: "SHOULD", appliesTo: "INTERFACE",
    check: { kind: "GRAPH", match: "all", conditions: [
      { field: "consumer.tier", op: "eq", value: 0 },
      { field: "provider.tier", op: "eq", value: 3 },
    ] },
    text: text(
      ["Tier-0 systems do not depend on tier-3 systems", "A system whose outage stops the business does not call one that is allowed to be down.", "A dependency is only as available as its weakest provider."],
      ["0 级系统不依赖 3 级系统", "停机即停业的系统不应调用允许停机的系统。", "依赖链的可用性取决于最弱的一环。"],
    ),
  },
  {
    key: "unified-log-format", category: "LOGGING", severity: "SHOULD", appliesTo: "SYSTEM",
    scope: { tiers: [0, 1, 2], lifecycles: ["ACTIVE"] },
    check: { kind: "ATTESTATION", validDays: 180 },
    text: text(
      ["Logs follow the unified format", "JSON lines with timestamp, level, trace id and the standard fields; confirmed by the owner every half year.", "Cross-system troubleshooting needs one format and one trace id."],
      ["日志符合统一格式", "JSON 行格式，包含时间戳、级别、trace id 及标准字段；由负责人每半年确认一次。", "跨系统排障需要统一的格式和统一的 trace id。"],
    ),
  },
  {
    key: "gray-release-rollback", category: "RELEASE", severity: "SHOULD", appliesTo: "SYSTEM",
    scope: { tiers: [0, 1], lifecycles: ["ACTIVE"] },
    check: { kind: "ATTESTATION", validDays: 90 },
    text: text(
      ["Gray release with a rehearsed rollback", "Releases go out gradually and the rollback was rehearsed within the last 90 days.", "A rollback nobody has tried is a hope, not a plan."],
      ["灰度发布并演练回滚", "发布采用灰度方式，且最近 90 天内演练过回滚。", "没人试过的回滚只是愿望，不是预案。"],
    ),
  },
  {
    key: "system-key-naming", category: "NAMING", severity: "MAY", appliesTo: "SYSTEM",
    check: { kind: "FIELD", match: "all", conditions: [{ field: "key", op: "matches", value: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }] },
    text: text(
      ["System keys are lowercase words joined by hyphens", "Keys start with a letter and use no double or trailing hyphens.", "Keys appear in URLs, topics and dashboards; one spelling keeps them findable."],
      ["系统标识使用小写单词加连字符", "标识以字母开头，不含连续或结尾的连字符。", "标识会出现在 URL、消息主题和看板中，统一拼写便于查找。"],
    ),
    goodExample: "order-service", badExample: "Order_Service-",
  },
];
