import type { dashboard as en } from "../en/dashboard";

export const dashboard: typeof en = {
  totals: { systems: "系统", interfaces: "接口", teams: "团队", people: "在职人员" },
  byLayer: "各层系统数",
  recentChanges: "最近变更",
  noChanges: "暂无变更。",
  viewAll: "查看审计日志",
};
