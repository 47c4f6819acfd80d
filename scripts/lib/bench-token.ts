// A bench's person with a full-scope API token: for routes a machine token (INGEST, SCRAPE) may
// not call, such as the imports (catalog:write). The token format is that of server/tokens.
import { createHash, randomBytes } from "node:crypto";
import { createClient } from "../../server/db-client";
import { NO_PASSWORD } from "../../server/import/build-import-rows";
import type { Role } from "../../server/generated/prisma/enums";

export async function createPersonToken(url: string, o: { email: string; name: string; role: Role }): Promise<string> {
  const prisma = createClient({ url, max: 2 });
  const user = await prisma.user.create({ data: { email: o.email, name: "Bench", role: o.role, passwordHash: NO_PASSWORD } });
  const secret = `jct_${randomBytes(32).toString("base64url")}`;
  await prisma.apiToken.create({
    data: { userId: user.id, name: o.name, scope: "FULL", prefix: secret.slice(4, 12), tokenHash: createHash("sha256").update(secret).digest("hex") },
  });
  await prisma.$disconnect();
  return secret;
}
