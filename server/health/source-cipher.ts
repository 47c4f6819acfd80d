// Webhook secrets at rest: AES-256-GCM under a key derived (HKDF-SHA256) from NEXTAUTH_SECRET.
// The signature check needs the secret itself, so unlike tokens it cannot be kept as a hash;
// a database dump alone does not reveal it. Rotating NEXTAUTH_SECRET makes every source's secret
// unreadable: the sources must then be created again (README, Health ingestion).
import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

const VERSION = "v1";
const key = () => Buffer.from(hkdfSync("sha256", env().NEXTAUTH_SECRET, "junction", "health-source-secret", 32));

export function sealSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const data = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), data].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

/** The secret, or null when it cannot be read (another NEXTAUTH_SECRET, a damaged value). */
export function openSecret(sealed: string): string | null {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || data === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
