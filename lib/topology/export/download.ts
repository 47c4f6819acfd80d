// Saving an export as a file, browser only, plus the file name every export format shares.

/** Hands `blob` to the browser as a download named `filename`. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = filename;
  anchor.rel = "noopener";
  anchor.style.display = "none";
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Not revoked at once: Firefox and older Safari start reading the URL after click() returns,
  // and a revoked URL there gives a failed download. 40 s is what FileSaver.js settled on.
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}

/** `text` as a UTF-8 file; `mime` such as "text/vnd.graphviz" or "image/svg+xml". */
export function downloadText(text: string, filename: string, mime: string): void {
  const type = /charset=/i.test(mime) ? mime : `${mime};charset=utf-8`;
  downloadBlob(new Blob([text], { type }), filename);
}

/**
 * "Junction map", "svg" → "junction-map-2026-11-23.svg" (the local date: the day the user sees).
 * Letters of any script are kept, so a Chinese view name still names the file; anything that is
 * not a letter or digit becomes a single hyphen, which is safe on every file system.
 */
export function exportFilename(base: string, ext: string, now: Date = new Date()): string {
  const words = base
    .normalize("NFKD")
    // Only Latin accents are dropped ("Café" → "cafe"); other scripts' marks (Japanese dakuten)
    // are part of the letter, and NFC below puts decomposed Hangul back together.
    .replace(/[\u0300-\u036f]+/g, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  // Cut by code points so a character outside the BMP is never split into a lone surrogate.
  const slug = Array.from(words).slice(0, 80).join("").replace(/-+$/, "") || "export";
  const pad = (v: number) => String(v).padStart(2, "0");
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const extension = ext.replace(/^\.+/, "").toLowerCase();
  return `${slug}-${date}.${extension}`;
}
