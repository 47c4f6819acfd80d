// How a file travels in an import request: JSON bodies carry text files as text and binary ones
// (zip, xlsx) as base64 (the routes take JSON only, one limit per route).

export type UploadFile = { name: string; text: string } | { name: string; base64: string };

const BINARY = /\.(zip|xlsx)$/i;

export const isBinaryName = (name: string) => BINARY.test(name);

/** Base64 of bytes, in chunks: String.fromCharCode(...all) overflows the stack past ~100 kB. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A browser File (or any Blob with a name) as the request carries it. */
export async function toUploadFile(file: Blob & { name: string }): Promise<UploadFile> {
  if (isBinaryName(file.name)) return { name: file.name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
  return { name: file.name, text: await file.text() };
}

/** Whether a file name has one of the extensions (lower-case, with the dot: [".yaml", ".zip"]). */
export const hasExtension = (name: string, extensions: readonly string[]) => extensions.some((e) => name.toLowerCase().endsWith(e));
