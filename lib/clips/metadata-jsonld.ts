/**
 * The article a page describes in its JSON-LD (schema.org: NewsArticle, Article,
 * ReportageNews, BlogPosting, … or, failing those, WebPage). Reads plain JSON only:
 * no context is fetched, no expansion done; values are taken only when they are
 * strings (or `{name}` / `{"@value"}` objects), so hostile JSON yields nothing.
 */

export interface JsonLdArticle {
  headline?: string;
  author?: string;
  datePublished?: string;
  publisher?: string;
  inLanguage?: string;
  url?: string;
}

/** Ignore blocks larger than this (a page controls them). */
const MAX_BLOCK = 1_000_000;
const MAX_NODES = 2_000;
const ARTICLE = /(?:^|:)(?:NewsArticle|Article|ReportageNews|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|Report|BlogPosting|LiveBlogPosting)$/;
const PAGE = /(?:^|:)WebPage$/;

type Node = Record<string, unknown>;

/** The first article node of the blocks (or the first web page), as plain strings. */
export function articleFromJsonLd(blocks: readonly string[]): JsonLdArticle {
  const nodes: Node[] = [];
  for (const block of blocks) {
    if (block.length > MAX_BLOCK) continue;
    try {
      collect(JSON.parse(block), nodes, 0);
    } catch {
      // Malformed JSON-LD is common; the page's other metadata still counts.
    }
  }
  const node = nodes.find((n) => types(n).some((t) => ARTICLE.test(t))) ?? nodes.find((n) => types(n).some((t) => PAGE.test(t)));
  if (!node) return {};
  const authors = (Array.isArray(node.author) ? node.author : [node.author]).map((a) => name(a)).filter((a): a is string => !!a && !/^https?:\/\//i.test(a));
  return {
    headline: text(node.headline) ?? text(node.name),
    author: authors.length > 0 ? [...new Set(authors)].join(', ') : undefined,
    datePublished: text(node.datePublished) ?? text(node.dateCreated),
    publisher: name(node.publisher),
    inLanguage: text(node.inLanguage) ?? name(node.inLanguage),
    url: text(node.url) ?? text(node.mainEntityOfPage) ?? name(node.mainEntityOfPage, '@id'),
  };
}

/** Every object of a JSON-LD value: arrays and @graph flattened, depth-limited. */
function collect(value: unknown, out: Node[], depth: number): void {
  if (depth > 8 || out.length >= MAX_NODES) return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
  } else if (value !== null && typeof value === 'object') {
    out.push(value as Node);
    const graph = (value as Node)['@graph'];
    if (graph !== undefined) collect(graph, out, depth + 1);
  }
}

function types(n: Node): string[] {
  const t = n['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && typeof (v as Node)['@value'] === 'string') return (v as Node)['@value'] as string;
  return undefined;
}

/** A string, or the `key` (default `name`) of an object. */
function name(v: unknown, key = 'name'): string | undefined {
  if (typeof v === 'string') return v;
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) return text((v as Node)[key]);
  return undefined;
}
