// GET /api/v1/users — the user directory (full records for admins); POST /api/v1/users — create a user
import { handle } from "@/server/http/handler";
import { ZUser, ZUserCreate, ZUserListQuery, ZUserListResponse } from "@/lib/schemas/user";
import { listUsers } from "@/server/users/list-users";
import { createUser } from "@/server/users/create-user";

export const GET = handle({
  access: "catalog:read",
  summary: "List users (admins see full records, others id, name, email and active)",
  query: ZUserListQuery,
  response: ZUserListResponse,
  handler: ({ actor, query }) => listUsers({ actor, query }),
});

export const POST = handle({
  access: "users:manage",
  summary: "Create a user (409 when the email is taken)",
  body: ZUserCreate,
  response: ZUser,
  status: 201,
  handler: ({ actor, body }) => createUser({ actor, input: body }),
});
