// Demo estate, part 5: reliability facts (delivery guarantee, idempotency, retries, dead-letter
// queue, TLS) and monitoring dashboards, kept apart from parts 2 and 3 so those stay readable.
// Data only; demo-estate.ts merges it in. Deliberately uneven, as estates are: the commerce and
// payments teams record theirs, the quiet Smart Factory team and some consumers never did, and a
// few facts are "no" — the gaps the integration standards are there to find. A key missing here
// means "not recorded" for every field.
import type { TEstateInterface } from "../import/estate-types";

type Reliability = Pick<TEstateInterface, "deliveryGuarantee" | "idempotent" | "retryPolicy" | "deadLetterQueue" | "tlsInTransit">;

const BACKOFF = "5 attempts, exponential backoff from 1 s";
const CONSUMER_RETRY = "3 attempts, backoff 1 s → 30 s, then to the dead-letter topic";
const REDELIVER = "3 redeliveries, 10 s apart, then dead-lettered";
const SCHEDULER_RETRY = "DolphinScheduler: 3 retries, 5 min apart";
/** A Kafka consumer that dedupes by event id and parks what keeps failing on its own DLT. */
const kafkaConsumer = (dlt: string): Reliability => ({
  deliveryGuarantee: "AT_LEAST_ONCE", idempotent: true, retryPolicy: CONSUMER_RETRY, deadLetterQueue: dlt, tlsInTransit: true,
});

export const DEMO_RELIABILITY: Record<string, Reliability> = {
  // Synchronous calls: retried only where the call carries an idempotency key.
  "orders-api-web": { idempotent: true, retryPolicy: "Client retries twice on 503 with the same Idempotency-Key", tlsInTransit: true },
  "orders-api-bff": { idempotent: true, retryPolicy: "Client retries twice on 503 with the same Idempotency-Key", tlsInTransit: true },
  "order-grpc-checkout": { idempotent: true, retryPolicy: "1 retry on UNAVAILABLE (gRPC retry policy)", tlsInTransit: true },
  "payment-api-checkout": { idempotent: true, retryPolicy: "2 retries on 5xx with the same Idempotency-Key", tlsInTransit: true },
  "adyen-payments-api": { idempotent: true, retryPolicy: "3 attempts with the same Idempotency-Key, 2 s apart", tlsInTransit: true },
  "alipay-trade-api": { idempotent: true, retryPolicy: "Query the trade (out_trade_no) before any retry", tlsInTransit: true },
  "inventory-grpc-order": { idempotent: true, retryPolicy: "1 retry on UNAVAILABLE (gRPC retry policy)", tlsInTransit: true },
  "loyalty-api-checkout": { idempotent: false, retryPolicy: "None: a timeout is shown to the shopper", tlsInTransit: true },
  "cart-grpc-checkout": { idempotent: true, tlsInTransit: true },
  "pricing-grpc-checkout": { idempotent: true, tlsInTransit: true },
  "fraud-grpc-payment": { idempotent: true, retryPolicy: "None: a timeout scores as 'review'", tlsInTransit: true },
  "order-db-link": { tlsInTransit: true },
  "inventory-db-link": { tlsInTransit: false },
  "identity-oidc-web": { tlsInTransit: true },
  "sap-sales-order-odata": { idempotent: true, retryPolicy: BACKOFF, tlsInTransit: true },
  "pos-sales-upload": { deliveryGuarantee: "AT_MOST_ONCE", idempotent: false, tlsInTransit: false },
  "metrics-order-service": { tlsInTransit: false },
  "metrics-payment-service": { tlsInTransit: true },

  // Webhooks: the sender retries, so the receiver must be idempotent.
  "adyen-notifications": {
    deliveryGuarantee: "AT_LEAST_ONCE", idempotent: true, tlsInTransit: true,
    retryPolicy: "Adyen retries 3 times at once, then with backoff for up to 30 days",
  },
  "alipay-notify": {
    deliveryGuarantee: "AT_LEAST_ONCE", idempotent: true, tlsInTransit: true,
    retryPolicy: "Alipay re-sends up to 8 times over 25 h until it reads 'success'",
  },
  "zendesk-ticket-webhook": { deliveryGuarantee: "AT_LEAST_ONCE", idempotent: false, tlsInTransit: true },
  "gitlab-argocd-webhook": { deliveryGuarantee: "AT_MOST_ONCE", idempotent: true, tlsInTransit: true },

  // Domain events on Kafka.
  "order-created-inventory": kafkaConsumer("order.created.v1.inventory.dlt"),
  "order-created-wms": kafkaConsumer("order.created.v1.wms.dlt"),
  // Not idempotent and no dead-letter topic: a redelivered order earns its points twice.
  "order-created-loyalty": { deliveryGuarantee: "AT_LEAST_ONCE", idempotent: false, retryPolicy: CONSUMER_RETRY, tlsInTransit: true },
  "order-created-fraud": { deliveryGuarantee: "AT_MOST_ONCE", idempotent: true, retryPolicy: "None: a failed event is skipped and logged", tlsInTransit: true },
  "order-created-flink": {
    deliveryGuarantee: "EXACTLY_ONCE", idempotent: true, tlsInTransit: true,
    retryPolicy: "Flink restart strategy: fixed delay, 10 attempts, 30 s apart",
  },
  "order-created-salesforce": {
    deliveryGuarantee: "AT_LEAST_ONCE", idempotent: true, deadLetterQueue: "connect.salesforce-sink.dlq", tlsInTransit: true,
    retryPolicy: "Kafka Connect errors.retry.timeout = 10 min",
  },
  "order-status-notify": { deliveryGuarantee: "AT_LEAST_ONCE" },
  "payment-captured-order": { ...kafkaConsumer("payment.captured.v1.order.dlt"), retryPolicy: BACKOFF },
  "payment-captured-recon": kafkaConsumer("payment.captured.v1.recon.dlt"),
  "payment-refunded-recon": kafkaConsumer("payment.refunded.v1.recon.dlt"),
  "stock-changed-catalog": {
    deliveryGuarantee: "AT_LEAST_ONCE", idempotent: true, tlsInTransit: true,
    retryPolicy: "3 attempts, then skipped: the next stock event supersedes it",
  },
  "stock-changed-flink": { deliveryGuarantee: "EXACTLY_ONCE", idempotent: true, tlsInTransit: true },
  "stock-adjusted-wms": { deliveryGuarantee: "AT_LEAST_ONCE" },
  "shipment-dispatched": kafkaConsumer("shipment.events.order.dlt"),
  "shipment-delivered-order": kafkaConsumer("shipment.events.order.dlt"),
  "price-changed-cart": { deliveryGuarantee: "AT_LEAST_ONCE", idempotent: true, tlsInTransit: true },
  "factory-telemetry": { deliveryGuarantee: "AT_MOST_ONCE", tlsInTransit: true },
  "gateway-access-logs": { deliveryGuarantee: "AT_MOST_ONCE", idempotent: true, tlsInTransit: false },

  // Work queues on RabbitMQ.
  "notify-order-email": {
    deliveryGuarantee: "AT_LEAST_ONCE", idempotent: false, retryPolicy: REDELIVER, deadLetterQueue: "notify.email.dlq", tlsInTransit: true,
  },
  "refund-requests": {
    deliveryGuarantee: "AT_LEAST_ONCE", idempotent: true, retryPolicy: BACKOFF, deadLetterQueue: "payment.refund.dlq", tlsInTransit: true,
  },
  "password-reset-email": {
    deliveryGuarantee: "AT_LEAST_ONCE", idempotent: true, retryPolicy: REDELIVER, deadLetterQueue: "notify.email.dlq", tlsInTransit: true,
  },
  "points-expiring-push": { deliveryGuarantee: "AT_MOST_ONCE", tlsInTransit: false },
  "wms-shipment-ready": {
    deliveryGuarantee: "AT_LEAST_ONCE", idempotent: true, retryPolicy: REDELIVER, deadLetterQueue: "wms.dlq", tlsInTransit: true,
  },
  // Smart Factory's queues: a dead-letter queue, but plain AMQP on the plant network.
  "mes-production-completed": { deliveryGuarantee: "AT_LEAST_ONCE", deadLetterQueue: "mes.dlq", tlsInTransit: false },
  "machine-status": { deliveryGuarantee: "AT_MOST_ONCE", deadLetterQueue: "mes.dlq", tlsInTransit: true },

  // Files and batch jobs: re-runs overwrite a partition or are refused as duplicates.
  "payment-files": {
    deliveryGuarantee: "AT_LEAST_ONCE", idempotent: true, tlsInTransit: true,
    retryPolicy: "Re-sent by the next run; the bank refuses a repeated MsgId",
  },
  "bank-statements": { deliveryGuarantee: "AT_LEAST_ONCE", idempotent: true, tlsInTransit: true },
  "orders-to-ods": { deliveryGuarantee: "EXACTLY_ONCE", idempotent: true, retryPolicy: SCHEDULER_RETRY },
  "inventory-to-ods": { deliveryGuarantee: "AT_LEAST_ONCE", idempotent: true, retryPolicy: SCHEDULER_RETRY },
  "sap-to-ods": { deliveryGuarantee: "EXACTLY_ONCE", idempotent: true, retryPolicy: SCHEDULER_RETRY, tlsInTransit: false },
  "realtime-to-lake": { deliveryGuarantee: "EXACTLY_ONCE", idempotent: true, tlsInTransit: true },
  "realtime-to-doris": { deliveryGuarantee: "EXACTLY_ONCE", idempotent: true, retryPolicy: "Stream load label dedup; 3 attempts" },
};

const grafana = (key: string) => `https://grafana.lumen.example/d/${key}`;

/** Systems with a monitoring dashboard; the rest (ESB, SFTP, MES, the SaaS products) have none recorded. */
export const DEMO_MONITORING: Record<string, string> = Object.fromEntries([
  ...[
    "storefront-web", "mobile-bff", "order-service", "checkout-service", "cart-service", "catalog-service", "pricing-service",
    "payment-service", "inventory-service", "customer-identity", "fraud-detection", "notification-service", "wms",
    "order-db", "inventory-db", "api-gateway", "kafka-main", "flink-streaming", "doris-dw",
    "dolphinscheduler", "model-serving",
  ].map((key) => [key, grafana(key)]),
  // Not Grafana: the broker's own console, which is where its operators look.
  ["rabbitmq-core", "https://rabbitmq.lumen.example/#/queues"],
]);
