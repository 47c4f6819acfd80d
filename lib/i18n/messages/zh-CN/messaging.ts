// 消息健康页面的界面文字（简体中文）。
import type { messaging as en } from "../en/messaging";

export const messaging: typeof en = {
  title: "消息",
  subtitle: "每个消息中间件及经过它的主题和队列：消息积压、消费延迟、死信、消费者",
  search: "搜索中间件、主题和队列",
  noBroker: "未记录中间件",
  empty: "地图上还没有主题或队列。",
  emptyHint: "经由消息中间件的接口，或消息队列、事件流类型的接口，会连同指标显示在这里。",
  noMatches: "没有匹配的中间件、主题或队列。",
  columns: {
    interface: "主题 / 队列",
    backlog: "消息积压",
    lag: "消费延迟",
    deadLettered: "死信",
    consumers: "消费者",
    trend: "积压（24 小时）",
  },
  totals: "积压 {backlog} · 死信 {dead}",
  growing: "持续增长",
  growingCount: "{count} 个在增长",
  noConsumers: "无消费者",
  noConsumersCount: "{count} 个无消费者",
  noData: "24 小时内无数据",
  lagValue: "{messages} 条 · {seconds}",
  trendLabel: "过去 24 小时每小时积压峰值：{values}",
};
