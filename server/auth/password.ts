import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's minimum recommended parameters (19 MiB, 2 iterations).
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the email is unknown keeps the response time the same, so timing
// does not reveal which emails have accounts.
let dummy: Promise<string> | undefined;
export const dummyHash = () => (dummy ??= hashPassword("junction-timing-equaliser"));
