// One route module under app/api/v1 with its path template ({id} for an [id] folder). The list
// lives beside the routes (app/api/v1/routes.ts) and is handed to the server code that needs it
// (the OpenAPI builder, the fast-path matcher), so server/ never imports app/.
export type ApiRoute = { path: string; module: Record<string, unknown> };
