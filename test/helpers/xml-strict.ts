/**
 * A strict reader of the XML b24cfg writes (JUnit): elements, attributes in double quotes, text, the five
 * predefined entities and character references, nothing else. It refuses what XML 1.0 refuses (a raw
 * `<` or `&` in text, an unknown entity, a character outside XML 1.0's Char production, unbalanced
 * tags) and decodes values as an XML parser does, attribute-value normalization included, so a test
 * can compare what a CI dashboard would read with the original text. No XML parser is a dependency.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, decoded (children's text not included). */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

function decode(raw: string, where: number, attribute: boolean): string {
  for (const ch of raw) {
    const code = ch.codePointAt(0) ?? 0;
    if (!isXmlChar(code))
      throw new Error(`U+${code.toString(16)} is not an XML 1.0 character (near ${where})`);
  }
  if (raw.includes('<')) throw new Error(`a raw < in a value (near ${where})`);
  // End-of-line handling (a raw CR LF or CR is read as LF), then attribute-value normalization (a raw
  // tab or line break is read as a space); a character reference stays itself.
  const lines = raw.replace(/\r\n?/g, '\n');
  const normalized = attribute ? lines.replace(/[\t\n]/g, ' ') : lines;
  return normalized.replace(/&([^;]*);|&/g, (m, ref: string | undefined) => {
    if (ref === undefined) throw new Error(`a raw & (near ${where})`);
    const named = ENTITIES[ref];
    if (named !== undefined) return named;
    const num = /^#x([0-9a-fA-F]+)$/.exec(ref) ?? /^#([0-9]+)$/.exec(ref);
    if (!num?.[1]) throw new Error(`unknown entity ${m} (near ${where})`);
    const code = parseInt(num[1], ref.startsWith('#x') ? 16 : 10);
    if (!isXmlChar(code)) throw new Error(`${m} is not an XML 1.0 character (near ${where})`);
    return String.fromCodePoint(code);
  });
}

/** The document's root element; throws with the place on anything XML 1.0 would refuse. */
export function parseStrictXml(xml: string): XmlElement {
  const decl = '<?xml version="1.0" encoding="UTF-8"?>';
  if (!xml.startsWith(decl)) throw new Error('no XML declaration');
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const tag = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"]*")*)\s*(\/?)>/y;
  let i = decl.length;
  while (i < xml.length) {
    const top = stack[stack.length - 1] as XmlElement;
    if (xml[i] !== '<') {
      const end = xml.indexOf('<', i);
      const raw = xml.slice(i, end === -1 ? xml.length : end);
      top.text += decode(raw, i, false);
      i += raw.length;
      continue;
    }
    tag.lastIndex = i;
    const m = tag.exec(xml);
    if (!m) throw new Error(`not a tag at ${i}: ${xml.slice(i, i + 40)}`);
    const [whole, closing, name = '', attrText = '', selfClosing] = m;
    if (closing) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}> at ${i}`);
      stack.pop();
    } else {
      const attrs: Record<string, string> = {};
      for (const a of attrText.matchAll(/([A-Za-z_][\w.-]*)="([^"]*)"/g)) {
        const key = a[1] ?? '';
        if (key in attrs) throw new Error(`attribute ${key} twice at ${i}`);
        attrs[key] = decode(a[2] ?? '', i, true);
      }
      const el: XmlElement = { name, attrs, children: [], text: '' };
      top.children.push(el);
      if (!selfClosing) stack.push(el);
    }
    i += whole.length;
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]?.name}> is not closed`);
  if (root.text.trim() !== '' || root.children.length !== 1) throw new Error('not one root element');
  return root.children[0] as XmlElement;
}

/** Every element of the tree, depth first. */
export function allElements(el: XmlElement): XmlElement[] {
  return [el, ...el.children.flatMap(allElements)];
}
