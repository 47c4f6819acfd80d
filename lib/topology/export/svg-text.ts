// Text helpers for the SVG exporter. The exporter runs without a DOM (tests, workers), so text
// cannot be measured; widths are estimated per character, on the wide side, so a label truncated
// here still fits whichever font of the stack the viewer ends up with.

/** Characters outside XML 1.0 (controls, lone surrogates, U+FFFE/U+FFFF) make the whole file unreadable. */
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** East Asian wide characters (CJK, kana, Hangul, full-width forms, emoji planes) take a full em. */
const WIDE = /[\u1100-\u115f\u2026\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;
const BROAD = /[mwMW@%&#]/;
const NARROW = /[fijlrtI.,:;'|!()[\]{}\s]/;
const CAPITAL_OR_DIGIT = /[A-Z0-9]/;

/**
 * Estimated advance width in px at `fontSize`. The ems per class are DejaVu Sans's (measured in
 * Chromium), the widest of the faces the font stack falls back to on Linux, so Segoe UI and
 * San Francisco, which are narrower, always fit. Bold (600) is about an eighth wider.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const ch of text) {
    if (WIDE.test(ch)) ems += 1;
    else if (BROAD.test(ch)) ems += 0.92;
    else if (NARROW.test(ch)) ems += 0.36;
    else if (CAPITAL_OR_DIGIT.test(ch)) ems += 0.7;
    else ems += 0.6;
  }
  return ems * fontSize * (bold ? 1.13 : 1);
}

/**
 * `text` on one line, shortened with "…" to fit `maxWidth`. Works on code points, so a character
 * outside the BMP (rare CJK, emoji) is never cut in half.
 */
export function fitText(text: string, fontSize: number, maxWidth: number, bold = false): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (estimateTextWidth(line, fontSize, bold) <= maxWidth) return line;
  const budget = maxWidth - estimateTextWidth("…", fontSize, bold);
  let width = 0;
  let kept = "";
  for (const ch of line) {
    width += estimateTextWidth(ch, fontSize, bold);
    if (width > budget) break;
    kept += ch;
  }
  return kept.trimEnd() + "…";
}
