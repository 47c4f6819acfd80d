import type { tokens as en } from "../en/tokens";

export const tokens: typeof en = {
  title: "API 令牌",
  subtitle: "供脚本和 CI 使用的个人令牌。令牌以您的身份、按您当前的角色执行操作；账号停用后令牌立即失效。",
  caption: "我的 API 令牌",
  columns: { name: "名称", prefix: "令牌", createdAt: "创建时间", lastUsedAt: "最近使用", status: "状态" },
  never: "从未使用",
  active: "有效",
  revokedAt: "已于 {at} 吊销",
  empty: "您还没有 API 令牌。",
  emptyHint: "创建一个令牌，即可在脚本或 CI 任务中调用 API。",
  create: {
    title: "新建令牌",
    name: "名称",
    nameHint: "令牌的用途，例如 ci-import 或 nightly-sync。",
    submit: "创建令牌",
    submitting: "创建中…",
  },
  secret: {
    title: "请立即复制新令牌",
    warning: "令牌仅显示这一次。Junction 只保存其哈希值：如果遗失，请吊销后重新创建。",
    label: "{name} 的令牌密钥",
    done: "我已复制",
    copyFailed: "复制失败，请手动选中文本并复制。",
  },
  revoke: {
    action: "吊销",
    title: "吊销令牌 {name}？",
    body: "使用该令牌的脚本和任务在下一次请求时将收到 401。此操作无法撤销。",
    confirm: "吊销",
    revoking: "吊销中…",
  },
  usage: {
    title: "如何使用令牌",
    body: "在每个请求的 Authorization 请求头中携带令牌：",
    docs: "所有接口的说明见 API 参考文档。",
  },
};
