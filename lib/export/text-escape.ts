/**
 * Escaping for the text formats exports write. Each function's output, placed
 * where its doc says, is read back as the same characters and can never become
 * markup, a link, a formula or a YAML structure.
 */

/** Bidirectional overrides and isolates (trojan-source style reordering) and the BOM. */
const INVISIBLE_CONTROLS = /[\u202a-\u202e\u2066-\u2069\ufeff]/;

/** Any character yamlString writes other than as itself (surrogates: paired ones are kept, but checked one by one). */
const YAML_ESCAPED = /[\\"\x00-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]/;

/**
 * A YAML 1.2 double-quoted scalar (YAML 1.2.2 §7.3.1): `\` and `"` escaped; line
 * breaks, tabs, characters outside c-printable (§5.1), line/paragraph separators,
 * NEL, bidi controls and the BOM as escapes; lone surrogates (unrepresentable in
 * YAML) as U+FFFD. Arabic and every other printable character are kept as is.
 */
export function yamlString(s: string): string {
  if (!YAML_ESCAPED.test(s)) return `"${s}"`;
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i]!;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      out += ch + s[++i];
    } else if (c >= 0xd800 && c <= 0xdfff) out += '\ufffd';
    else if (ch === '\\' || ch === '"') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c === 0x2028) out += '\\L';
    else if (c === 0x2029) out += '\\P';
    else if (c === 0xfffe || c === 0xffff || INVISIBLE_CONTROLS.test(ch)) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

/**
 * Inline Markdown text (CommonMark 0.31 §2.4 backslash escapes, plus the
 * Obsidian/GFM extensions): every character that could start markup — emphasis,
 * code, links and images ([), raw HTML and autolinks (<), entities (&), tables,
 * highlights (==), strikethrough, math ($), comments (%%), tags and headings (#) —
 * is backslash-escaped, and so is what would make a line a list item, a quote or a
 * rule. Line breaks are kept.
 */
export function markdownText(s: string): string {
  const escaped = MARKDOWN_SPECIAL.test(s) ? s.replace(MARKDOWN_SPECIALS, '\\$&') : s;
  // Only a line that starts with - + or digits and . ) needs more: most texts have none.
  if (!MAYBE_LIST.test(escaped)) return escaped;
  return escaped.replace(/^([ \t]*)([-+])/gm, '$1\\$2').replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2');
}

const MARKDOWN_SPECIAL = /[\\`*_[\]<>#|~=$%&]/;
const MARKDOWN_SPECIALS = /[\\`*_[\]<>#|~=$%&]/g;
const MAYBE_LIST = /[-+]|\d[.)]/;

/** True for an absolute http: or https: URL: the only links any export writes. */
export function isLinkable(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && !/[\s\p{Cc}]/u.test(url);
  } catch {
    return false;
  }
}

/** An http(s) link (the URL as the URL parser serialises it), or the escaped text alone. */
export function htmlLink(url: string, text: string): string {
  return isLinkable(url) ? `<a href="${htmlEscape(new URL(url).href)}" rel="noopener noreferrer nofollow">${htmlEscape(text)}</a>` : htmlEscape(text);
}

/** HTML text and attribute values (double-quoted): & < > " ' as character references. */
export function htmlEscape(s: string): string {
  return HTML_SPECIAL.test(s) ? s.replace(HTML_SPECIALS, (c) => HTML_REFERENCES[c]!) : s;
}

const HTML_SPECIAL = /[&<>"']/;
const HTML_SPECIALS = /[&<>"']/g;
const HTML_REFERENCES: Readonly<Record<string, string>> = { '&': '&#38;', '<': '&#60;', '>': '&#62;', '"': '&#34;', "'": '&#39;' };

/**
 * A file name for a zip entry or a notes vault: no path separators, reserved or
 * control characters, bidi controls, leading/trailing dots or spaces; at most
 * `max` code units; `fallback` when nothing is left.
 */
export function safeFileName(s: string, max = 80, fallback = 'clip'): string {
  const cleaned = s
    .replace(/[\p{Cc}\p{Cf}\\/:*?"<>|#^[\]{}%]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max)
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return cleaned === '' ? fallback : cleaned;
}
