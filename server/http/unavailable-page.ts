// The page shown while the database cannot be reached (503). Plain HTML written by the server
// itself: rendering a Next.js page is exactly what fails at that moment. It reloads itself after
// Retry-After seconds, so a reader's tab comes back on its own.
import { RETRY_AFTER_SECONDS } from "./problem";

const HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}"><title>Junction is temporarily unavailable</title>
<style>body{font-family:system-ui,sans-serif;display:flex;min-height:100vh;align-items:center;justify-content:center;margin:0;color:#334155}main{max-width:32rem;padding:1rem}h1{font-size:1.125rem}</style>
</head><body><main>
<h1>Junction is temporarily unavailable</h1>
<p>The database cannot be reached at the moment. This page tries again every ${RETRY_AFTER_SECONDS} seconds.</p>
<h1 lang="zh-CN">Junction 暂时不可用</h1>
<p lang="zh-CN">暂时无法连接数据库。本页面每 ${RETRY_AFTER_SECONDS} 秒自动重试。</p>
</main></body></html>`;

export function unavailablePage(): Response {
  return new Response(HTML, {
    status: 503,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "retry-after": String(RETRY_AFTER_SECONDS),
      "x-content-type-options": "nosniff",
    },
  });
}
