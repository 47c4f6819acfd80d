// 作业健康页面的界面文字（简体中文）。
import type { jobs as en } from "../en/jobs";

export const jobs: typeof en = {
  title: "作业",
  subtitle: "ETL 批处理接口与调度系统：最近一次运行是否成功、耗时多久、数据是否新鲜、质量检查是否通过",
  search: "搜索作业",
  searchPlaceholder: "搜索标识、名称或描述",
  caption: "作业",
  empty: "还没有作业。",
  emptyHint: "作业指 ETL 批处理接口和调度系统；它们的运行通过 POST /api/v1/health/events 上报。",
  lastRunFilter: "最近运行",
  never: "从未上报",
  columns: {
    job: "作业",
    lastRun: "最近运行",
    recent: "近期运行",
    successRate: "成功率（30 天）",
    freshness: "数据滞后",
    quality: "数据质量",
  },
  running: "已运行 {duration}",
  took: "耗时 {duration}",
  runsOf: { one: "{count} 次运行", other: "{count} 次运行" },
  objective: "目标 {minutes} 分钟",
  noChecks: "未上报检查",
  recentLabel: "最近几次运行的耗时（由旧到新）：{runs}",
  runStatus: { RUNNING: "运行中", SUCCEEDED: "成功", FAILED: "失败" },
  subject: { SYSTEM: "调度系统", INTERFACE: "ETL 接口" },
};
