// A strict little XML reader for the SVG exporter's tests (Node has no DOMParser and we add no
// packages). It throws on anything not well-formed that the exporter could plausibly produce:
// unbalanced or unclosed tags, a raw "<" or stray "&" in text or attributes, duplicate
// attributes, more than one root. Not for production use.

export type XmlElement = { name: string; attrs: Record<string, string>; children: XmlElement[]; text: string };

const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(raw)) throw new Error(`stray & in ${where}: ${raw}`);
  return raw.replace(ENTITY, (_, e: string) =>
    e.startsWith("#x") ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith("#") ? String.fromCodePoint(Number(e.slice(1))) : NAMED[e],
  );
}

const TOKEN = /<\?xml[^?]*\?>|<\/([A-Za-z][\w:.-]*)\s*>|<([A-Za-z][\w:.-]*)((?:\s+[A-Za-z][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|[^<]+/y;
const ATTR = /([A-Za-z][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function parseXml(source: string): XmlElement {
  const stack: XmlElement[] = [{ name: "#document", attrs: {}, children: [], text: "" }];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(source);
    if (!m) throw new Error(`not well-formed at ${at}: ${source.slice(at, at + 60)}`);
    const [token, closing, opening, attrText, selfClosing] = m;
    const top = stack[stack.length - 1];
    if (closing) {
      if (top.name !== closing) throw new Error(`</${closing}> closes <${top.name}>`);
      stack.pop();
    } else if (opening) {
      if (stack.length === 1 && top.children.length) throw new Error("more than one root element");
      const attrs: Record<string, string> = {};
      for (const [, key, dq, sq] of attrText.matchAll(ATTR)) {
        if (key in attrs) throw new Error(`duplicate attribute ${key}`);
        attrs[key] = decode(dq ?? sq, `attribute ${key}`);
      }
      const element: XmlElement = { name: opening, attrs, children: [], text: "" };
      top.children.push(element);
      if (!selfClosing) stack.push(element);
    } else if (!token.startsWith("<?xml")) {
      if (stack.length === 1 && token.trim()) throw new Error("text outside the root element");
      top.text += decode(token, `<${top.name}> text`);
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1].name}>`);
  const [root] = stack[0].children;
  if (!root) throw new Error("no root element");
  return root;
}

/** Every element below (and including) `root`, depth first, in document order. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}

/** An element's text including its descendants' (what a renderer would show). */
export function textOf(element: XmlElement): string {
  return element.text + element.children.map(textOf).join("");
}
