// Word lists for the synthetic estate (generate-synthetic-estate.ts): enough variety that lists,
// search and graphs look like a real company's, not like "system 1 … system N".
import type { InterfaceStyle, SystemKind } from "../generated/prisma/enums";

export const AREAS = [
  "orders", "payments", "billing", "inventory", "catalog", "pricing", "shipping", "returns", "loyalty", "crm",
  "identity", "search", "reporting", "ledger", "procurement", "hr", "payroll", "marketing", "notification",
  "fulfilment", "warehouse", "supplier", "forecast", "risk", "compliance", "support", "content", "media",
] as const;

export const TEAM_AREAS = [
  "Commerce", "Payments", "Logistics", "Finance", "People", "Data", "Platform", "Integration", "Identity",
  "Analytics", "Messaging", "Mobile", "Marketing", "Risk", "Customer Care", "Supply Chain",
] as const;

export const FIRST_NAMES = [
  "Wei", "Fang", "Min", "Jing", "Lei", "Yan", "Hao", "Xin", "Tao", "Li", "Anna", "James", "Maria", "David",
  "Sofia", "Lukas", "Emma", "Noah", "Priya", "Arjun", "Yuki", "Kenji", "Olga", "Omar", "Grace", "Samuel",
] as const;

export const LAST_NAMES = [
  "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Smith", "Garcia", "Müller",
  "Rossi", "Novak", "Kim", "Sato", "Patel", "Okafor", "Silva", "Johansson", "Dubois", "Cohen", "Nguyen",
] as const;

export const TAGS = ["pci", "gdpr", "customer-facing", "internal", "batch", "realtime", "legacy", "cloud", "on-prem", "k8s"] as const;

export const DATA_OBJECTS = [
  "order", "customer", "invoice", "payment", "product", "price", "stock-level", "shipment", "employee",
  "supplier", "purchase-order", "refund", "account", "event", "metric", "document",
] as const;

export const SAAS_VENDORS = ["Salesforce", "Workday", "SAP", "ServiceNow", "Zendesk", "Stripe", "Adyen", "Twilio", "HubSpot", "Okta"] as const;

export const KIND_WEIGHTS: Record<SystemKind, number> = {
  BUSINESS_APP: 52, DATABASE: 10, DATA_PLATFORM: 8, SAAS: 5, GATEWAY: 4, AI_SERVICE: 4, IOT: 3,
  MESSAGE_BROKER: 2, MONITORING: 2, SCHEDULER: 2, CI_CD: 2, OTHER: 6,
};

// The word that ends a system's key, by kind: "syn-payments-db-00042".
export const KIND_SUFFIX: Record<SystemKind, string> = {
  BUSINESS_APP: "svc", DATABASE: "db", DATA_PLATFORM: "etl", SAAS: "saas", GATEWAY: "gw", AI_SERVICE: "model",
  IOT: "iot", MESSAGE_BROKER: "broker", MONITORING: "mon", SCHEDULER: "sched", CI_CD: "ci", OTHER: "app",
};

export const STYLE_WEIGHTS: Record<InterfaceStyle, number> = {
  REST: 35, GRPC: 10, GRAPHQL: 4, SOAP: 3, MESSAGE_QUEUE: 12, EVENT_STREAM: 14, ETL_BATCH: 10, WEBHOOK: 5,
  FILE_TRANSFER: 4, DB_LINK: 3,
};
