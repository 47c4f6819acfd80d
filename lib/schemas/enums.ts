// Enum values, from the Prisma schema (the single source of truth), as zod enums.
import { z } from "zod";
import * as E from "@/server/generated/prisma/enums";

const values = <T extends Record<string, string>>(o: T) => Object.values(o) as [T[keyof T], ...T[keyof T][]];

export const SYSTEM_KINDS = values(E.SystemKind);
export const LAYERS = values(E.Layer);
export const LIFECYCLES = values(E.Lifecycle);
export const INTERFACE_STYLES = values(E.InterfaceStyle);
export const INTERFACE_MODES = values(E.InterfaceMode);
export const AUTH_METHODS = values(E.AuthMethod);
export const CONTRACT_FORMATS = values(E.ContractFormat);
export const ROLES = values(E.Role);
export const TEAM_ROLES = values(E.TeamRole);
export const ENTITY_TYPES = values(E.EntityType);
export const AUDIT_ACTIONS = values(E.AuditAction);
export const DELIVERY_GUARANTEES = values(E.DeliveryGuarantee);
export const STANDARD_CATEGORIES = values(E.StandardCategory);
export const STANDARD_SEVERITIES = values(E.StandardSeverity);
export const SUBJECT_TYPES = values(E.SubjectType);
export const CHECK_KINDS = values(E.CheckKind);
export const COMPLIANCE_LEVELS = values(E.ComplianceLevel);
export const WAIVER_STATUSES = values(E.WaiverStatus);
export const TOKEN_SCOPES = values(E.TokenScope);
export const SIGNAL_STATUSES = values(E.SignalStatus);
export const DEPLOYMENT_STATUSES = values(E.DeploymentStatus);
export const JOB_RUN_STATUSES = values(E.JobRunStatus);
export const LOCALES = ["en", "zh-CN"] as const;
// What a role may do. Here, not in server/auth/permissions.ts (which maps roles to these), because
// the API's own schema lists them too (GET /me).
export const PERMISSIONS = [
  "catalog:read", // systems, interfaces, teams, audit of those, the user directory
  "catalog:write", // create / edit / delete systems, interfaces, teams
  "users:manage", // create users, change roles, deactivate
  "self:manage", // own profile, locale and API tokens
  "standards:manage", // the standards catalogue, initiatives, deciding waivers
  "health:ingest", // send health signals, events and alerts: INGEST tokens and signed webhooks only
  "alerts:respond", // acknowledge, resolve, assign and silence alerts; maintenance windows; label mappings
  "alerts:manage", // notification channels and escalation policies
  "metrics:read", // read /metrics: SCRAPE tokens only
] as const;

export const ZSystemKind = z.enum(SYSTEM_KINDS);
export const ZLayer = z.enum(LAYERS);
export const ZLifecycle = z.enum(LIFECYCLES);
export const ZInterfaceStyle = z.enum(INTERFACE_STYLES);
export const ZInterfaceMode = z.enum(INTERFACE_MODES);
export const ZAuthMethod = z.enum(AUTH_METHODS);
export const ZContractFormat = z.enum(CONTRACT_FORMATS);
export const ZRole = z.enum(ROLES);
export type TRole = z.infer<typeof ZRole>;
export const ZTeamRole = z.enum(TEAM_ROLES);
export const ZEntityType = z.enum(ENTITY_TYPES);
export type TEntityType = z.infer<typeof ZEntityType>;
export const ZAuditAction = z.enum(AUDIT_ACTIONS);
export type TAuditAction = z.infer<typeof ZAuditAction>;
export const ZLocale = z.enum(LOCALES);
export type TLocale = z.infer<typeof ZLocale>;
export const ZDeliveryGuarantee = z.enum(DELIVERY_GUARANTEES);
export const ZStandardCategory = z.enum(STANDARD_CATEGORIES);
export const ZStandardSeverity = z.enum(STANDARD_SEVERITIES);
export type TStandardSeverity = z.infer<typeof ZStandardSeverity>;
export const ZSubjectType = z.enum(SUBJECT_TYPES);
export type TSubjectType = z.infer<typeof ZSubjectType>;
export const ZCheckKind = z.enum(CHECK_KINDS);
export const ZComplianceLevel = z.enum(COMPLIANCE_LEVELS);
export type TComplianceLevel = z.infer<typeof ZComplianceLevel>;
export const ZTokenScope = z.enum(TOKEN_SCOPES);
export type TTokenScope = z.infer<typeof ZTokenScope>;
export const ZSignalStatus = z.enum(SIGNAL_STATUSES);
export const ZDeploymentStatus = z.enum(DEPLOYMENT_STATUSES);
export const ZJobRunStatus = z.enum(JOB_RUN_STATUSES);
export const ZWaiverStatus = z.enum(WAIVER_STATUSES);
