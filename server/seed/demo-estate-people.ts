// Demo estate, part 1: the people and teams of "Lumen Retail Group", an omnichannel retailer
// with its own factories and warehouses. Data only; seed-demo.ts loads it. Deliberate flaws for
// the console to find: two people have left (inactive) yet still own systems, and the
// Middleware Operations team has no active member left (it still owns the legacy ESB).
import type { TEstatePerson, TEstateTeam } from "../import/estate-types";

export const COMPANY_DOMAIN = "lumen.example";
/** "olivia.chen" → "olivia.chen@lumen.example" */
export const at = (name: string) => `${name}@${COMPANY_DOMAIN}`;

export const DEMO_PEOPLE: TEstatePerson[] = [
  { email: at("olivia.chen"), name: "Olivia Chen" },
  { email: at("wang.lei"), name: "王磊", locale: "zh-CN" },
  { email: at("marcus.reed"), name: "Marcus Reed", active: false },
  { email: at("chen.jing"), name: "陈静", locale: "zh-CN" },
  { email: at("tomas.alvarez"), name: "Tomás Álvarez" },
  { email: at("li.na"), name: "李娜", locale: "zh-CN" },
  { email: at("hannah.weber"), name: "Hannah Weber" },
  { email: at("zhao.min"), name: "赵敏", locale: "zh-CN" },
  { email: at("rajesh.iyer"), name: "Rajesh Iyer" },
  { email: at("sophie.martin"), name: "Sophie Martin" },
  { email: at("liu.yang"), name: "刘洋", locale: "zh-CN" },
  { email: at("grace.okoye"), name: "Grace Okoye" },
  { email: at("sun.yue"), name: "孙悦", locale: "zh-CN" },
  { email: at("zhang.wei"), name: "张伟", locale: "zh-CN" },
  { email: at("daniel.kowalski"), name: "Daniel Kowalski" },
  { email: at("zhou.ting"), name: "周婷", locale: "zh-CN" },
  { email: at("huang.tao"), name: "黄涛", locale: "zh-CN" },
  { email: at("priya.nair"), name: "Priya Nair" },
  { email: at("wu.hao"), name: "吴昊", locale: "zh-CN" },
  { email: at("lukas.schneider"), name: "Lukas Schneider" },
  { email: at("zheng.xin"), name: "郑欣", locale: "zh-CN" },
  { email: at("aisha.rahman"), name: "Aisha Rahman" },
  { email: at("he.jun"), name: "何俊", locale: "zh-CN" },
  { email: at("ma.chao"), name: "马超", locale: "zh-CN" },
  { email: at("ingrid.larsen"), name: "Ingrid Larsen" },
  { email: at("gao.feng"), name: "高峰", locale: "zh-CN", active: false },
  { email: at("peter.novak"), name: "Peter Novak", active: false },
  // Business owners: accountable for what a system is for, not members of an engineering team.
  { email: at("catherine.liu"), name: "Catherine Liu" },
  { email: at("yang.fan"), name: "杨帆", locale: "zh-CN" },
  { email: at("robert.fischer"), name: "Robert Fischer" },
  { email: at("lin.xiao"), name: "林晓", locale: "zh-CN" },
];

const team = (key: string, name: string, description: string, chat: string, onCall: string | null, lead: string, members: string[]): TEstateTeam => ({
  key,
  name,
  description,
  contactEmail: at(key),
  chatChannel: chat,
  onCall,
  members: [{ email: lead, role: "LEAD" }, ...members.map((email) => ({ email, role: "MEMBER" as const }))],
});

export const DEMO_TEAMS: TEstateTeam[] = [
  team("commerce", "Commerce Platform", "Storefront, mobile, cart, checkout, orders and pricing.", "#commerce-platform",
    "PagerDuty: commerce-primary", at("olivia.chen"), [at("wang.lei"), at("marcus.reed")]),
  team("supply-chain", "Supply Chain Systems", "Inventory, warehouse and transport management, supplier portal.", "#supply-chain-eng",
    "PagerDuty: supply-chain", at("chen.jing"), [at("tomas.alvarez"), at("li.na")]),
  team("erp-finance", "ERP & Finance Systems", "SAP S/4HANA, payments, reconciliation and bank connectivity.", "#erp-finance",
    "PagerDuty: erp-finance", at("hannah.weber"), [at("zhao.min"), at("rajesh.iyer")]),
  team("crm", "Customer & CRM", "Salesforce, loyalty, customer support and notifications.", "#customer-crm",
    "Opsgenie: crm-daytime (business hours only)", at("sophie.martin"), [at("liu.yang")]),
  team("people-systems", "People Systems", "Workday, payroll and the employee portal.", "#people-systems",
    null, at("grace.okoye"), [at("sun.yue")]),
  team("integration", "Integration Platform", "API gateway, Kafka, RabbitMQ and integration standards.", "#integration-platform",
    "PagerDuty: integration-24x7", at("zhang.wei"), ["engineer@junction.local", at("daniel.kowalski"), at("zhou.ting")]),
  team("data-platform", "Data Platform", "Data lake, DataX and Spark batch, Flink streaming, warehouse and BI.", "#data-platform",
    "PagerDuty: data-platform", at("huang.tao"), [at("priya.nair"), at("wu.hao")]),
  team("platform-sre", "Platform & SRE", "CI/CD, observability, job scheduling and identity.", "#platform-sre",
    "PagerDuty: sre-primary", at("lukas.schneider"), [at("zheng.xin"), "admin@junction.local"]),
  team("ml-platform", "ML Platform", "Model serving, fraud detection, recommendations and forecasting.", "#ml-platform",
    "PagerDuty: ml-platform", at("aisha.rahman"), [at("he.jun")]),
  team("smart-factory", "Smart Factory", "IoT gateway and manufacturing execution in the two plants.", "#smart-factory",
    "Phone: plant control room +86 21 5555 0100", at("ma.chao"), [at("ingrid.larsen")]),
  team("middleware-ops", "Middleware Operations", "Runs the enterprise service bus (IBM Integration Bus) and its SAP adapters.", "#mw-ops",
    null, at("gao.feng"), [at("peter.novak")]),
];
