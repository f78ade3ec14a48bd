/**
 * A small XML 1.0 well-formedness check for the feeds and the sitemap: one
 * root, balanced tags, attribute values quoted without a raw `<`, `&` only as
 * an entity, closed comments and CDATA sections. Cheerio's XML mode forgives
 * all of these, feed readers do not.
 */
const NAME = /[A-Za-z_:][\w.:\-\u00B7-\uFFFF]*/y;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);/y;

/** The first well-formedness error with its offset, or undefined. */
export function xmlProblem(xml: string): string | undefined {
  const stack: string[] = [];
  let roots = 0;
  let i = xml.startsWith('\uFEFF') ? 1 : 0;
  const at = (offset: number, what: string) =>
    `${what} at offset ${offset}: ${JSON.stringify(xml.slice(offset, offset + 60))}`;
  const entitiesOk = (start: number, end: number): string | undefined => {
    for (let a = xml.indexOf('&', start); a !== -1 && a < end; a = xml.indexOf('&', a + 1)) {
      ENTITY.lastIndex = a;
      if (!ENTITY.test(xml)) return at(a, 'a bare &');
    }
    return undefined;
  };
  const skipTo = (from: number, end: string, what: string): number | string => {
    const found = xml.indexOf(end, from);
    return found === -1 ? at(from, `${what} never closed`) : found + end.length;
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt === -1 ? xml.length : lt;
    const textProblem = entitiesOk(i, textEnd);
    if (textProblem) return textProblem;
    if (stack.length === 0 && xml.slice(i, textEnd).trim() !== '') return at(i, 'text outside the root element');
    if (lt === -1) break;
    let next: number | string;
    if (xml.startsWith('<?', lt)) next = skipTo(lt + 2, '?>', 'a processing instruction');
    else if (xml.startsWith('<!--', lt)) next = skipTo(lt + 4, '-->', 'a comment');
    else if (xml.startsWith('<![CDATA[', lt)) {
      if (stack.length === 0) return at(lt, 'CDATA outside the root element');
      next = skipTo(lt + 9, ']]>', 'a CDATA section');
    } else if (xml.startsWith('<!', lt)) next = skipTo(lt + 2, '>', 'a declaration');
    else if (xml.startsWith('</', lt)) {
      NAME.lastIndex = lt + 2;
      const name = NAME.exec(xml)?.[0];
      const close = xml.indexOf('>', lt);
      if (!name || close === -1 || xml.slice(lt + 2 + name.length, close).trim() !== '')
        return at(lt, 'a malformed end tag');
      if (stack.pop() !== name) return at(lt, `an end tag </${name}> that closes nothing open`);
      next = close + 1;
    } else {
      NAME.lastIndex = lt + 1;
      const name = NAME.exec(xml)?.[0];
      if (!name) return at(lt, 'a < that starts no tag');
      let p = lt + 1 + name.length;
      const seen = new Set<string>();
      let selfClosing = false;
      for (;;) {
        while (/\s/.test(xml[p] ?? '')) p++;
        if (xml.startsWith('/>', p)) {
          selfClosing = true;
          p += 2;
          break;
        }
        if (xml[p] === '>') {
          p++;
          break;
        }
        NAME.lastIndex = p;
        const attribute = NAME.exec(xml)?.[0];
        if (!attribute) return at(p, `a malformed attribute in <${name}>`);
        if (seen.has(attribute)) return at(p, `the attribute ${attribute} twice`);
        seen.add(attribute);
        p += attribute.length;
        while (/\s/.test(xml[p] ?? '')) p++;
        if (xml[p] !== '=') return at(p, `an attribute ${attribute} without a value`);
        p++;
        while (/\s/.test(xml[p] ?? '')) p++;
        const quote = xml[p];
        if (quote !== '"' && quote !== "'") return at(p, `an unquoted value of ${attribute}`);
        const end = xml.indexOf(quote, p + 1);
        if (end === -1) return at(p, `the value of ${attribute} never closed`);
        if (xml.slice(p + 1, end).includes('<')) return at(p, `a raw < in the value of ${attribute}`);
        const entityProblem = entitiesOk(p + 1, end);
        if (entityProblem) return entityProblem;
        p = end + 1;
      }
      if (stack.length === 0 && roots++ > 0) return at(lt, 'a second root element');
      if (!selfClosing) stack.push(name);
      next = p;
    }
    if (typeof next === 'string') return next;
    i = next;
  }
  if (stack.length) return `<${stack.at(-1)}> never closed`;
  return roots === 1 ? undefined : 'no root element';
}
