import { parseDocument } from "htmlparser2";
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { listingIdsInHtml, listingPlaceholder } from "./listing-tokens";

/**
 * Posts are written in Markdown and rendered here, on the server, in two
 * independent layers: marked never lets raw HTML through (it is shown as
 * text), then sanitize-html keeps only a short allow-list, so a bug in one
 * layer is caught by the other. The result is the only HTML a page may
 * insert with `dangerouslySetInnerHTML`.
 */

const LINK_REL = "nofollow ugc noopener";

function escapeHtml(text: string) {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * `[fiche:123]` on a line of its own, at the top level of a post (not in a
 * quote, a list or code): a recommended listing (ADR 025). Elsewhere it stays
 * the text it is. The renderer writes only a placeholder with the id; the page
 * puts the listing's card there, from the directory, never from the author.
 */
const LISTING_LINE = /^\[fiche:(\d{1,9})\][ \t]*(?:\n+|$)/;
type ListingToken = { type: "listingCard"; raw: string; id: number; top: boolean };

const markdown = new Marked({
  extensions: [
    {
      name: "listingCard",
      level: "block",
      // Where a paragraph must stop, so that the token line is not swallowed by the text above it.
      start(src) {
        const match = /(^|\n)\[fiche:\d/.exec(src);
        return match ? match.index + match[1]!.length : undefined;
      },
      tokenizer(src) {
        const match = LISTING_LINE.exec(src);
        if (!match) return undefined;
        return { type: "listingCard", raw: match[0], id: Number(match[1]), top: false };
      },
      renderer(token) {
        const { id, top, raw } = token as unknown as ListingToken;
        return top ? `${listingPlaceholder(id)}\n` : `<p>${escapeHtml(raw.trim())}</p>\n`;
      },
    },
  ],
  hooks: {
    // Cards stand between blocks: only top-level tokens become cards.
    processAllTokens(tokens) {
      for (const token of tokens) if (token.type === "listingCard") token.top = true;
      return tokens;
    },
  },
  gfm: true,
  // A forum: a line break typed in the textarea is a line break on the page.
  breaks: true,
  renderer: {
    // Raw HTML is shown as the text the neighbour typed, never interpreted.
    html({ text, block }) {
      if (!block) return escapeHtml(text);
      return `<p>${escapeHtml(text.trim()).replace(/\n/g, "<br>")}</p>\n`;
    },
    // The page owns h1 and h2: a post's headings start at h3.
    heading({ tokens, depth }) {
      const level = Math.min(depth + 2, 6);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
    // No images on a neighbours' forum: a remote image tells its host who read
    // the post and when (tracking), and images are an abuse vector (shock
    // pictures, huge files). An image becomes a plain link to it instead.
    image({ href, text }) {
      return `<a href="${escapeHtml(href)}">${escapeHtml(text || href)}</a>`;
    },
    // GFM task lists would render <input>, which is not allowed: use a symbol.
    checkbox({ checked }) {
      return checked ? "☑ " : "☐ ";
    },
  },
});

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "strong",
    "em",
    "del",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  // No style, class, id, event handler or target anywhere; `rel` is set below.
  // The one exception: a listing card's placeholder, digits only (see transformTags).
  allowedAttributes: { a: ["href", "rel"], p: ["data-fiche"] },
  // Relative links (no scheme) stay allowed; data:, javascript:, vbscript:…
  // are dropped, whatever their case, entities or embedded whitespace.
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ["href"],
  transformTags: {
    // Nothing raw reaches this point, but if it ever did: demote page headings.
    h1: "h3",
    h2: "h4",
    p: (_tagName, attribs): sanitizeHtml.Tag => ({
      tagName: "p",
      attribs: /^\d{1,9}$/.test(attribs["data-fiche"] ?? "")
        ? { "data-fiche": attribs["data-fiche"]! }
        : {},
    }),
    // Only href survives (checked against allowedSchemes after this); no target.
    a: (_tagName, { href }): sanitizeHtml.Tag => ({
      tagName: "a",
      attribs: href === undefined ? { rel: LINK_REL } : { href, rel: LINK_REL },
    }),
  },
  disallowedTagsMode: "discard",
};

/** A post's Markdown as safe HTML: the only HTML fit for `dangerouslySetInnerHTML`. */
export function renderMarkdown(source: string): string {
  return sanitizePostHtml(markdown.parse(source, { async: false }));
}

/** The listings a post recommends (its top-level `[fiche:N]` lines), each once, in order. */
export function listingIdsIn(source: string): number[] {
  return listingIdsInHtml(renderMarkdown(source));
}

/** The second layer alone, exported so tests can check it holds even if raw HTML got through. */
export function sanitizePostHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}

type DomNode = ReturnType<typeof parseDocument>["children"][number];

function collectText(nodes: DomNode[], parts: string[]) {
  for (const node of nodes) {
    if (node.type === "text") parts.push(node.data);
    else if ("children" in node) {
      collectText(node.children as DomNode[], parts);
      // Block ends and <br> separate words: "<p>a</p><p>b</p>" is "a b", not "ab".
      parts.push(" ");
    }
  }
}

/**
 * A post's plain text (entities decoded), for excerpts, meta descriptions and
 * JSON-LD. It is text, not HTML: whoever embeds it must escape it (React does;
 * JSON-LD in a <script> must also escape "<").
 */
export function markdownToPlainText(source: string): string {
  const document = parseDocument(renderMarkdown(source));
  const parts: string[] = [];
  collectText(document.children, parts);
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** The first `maxChars` characters of a post's plain text at most, cut between words, with "…". */
export function excerpt(source: string, maxChars: number): string {
  const text = markdownToPlainText(source);
  const chars = Array.from(text);
  if (chars.length <= maxChars) return text;
  const cut = chars.slice(0, Math.max(0, maxChars - 1)).join("");
  const nextIsSpace = /\s/.test(chars[maxChars - 1] ?? "");
  const lastSpace = cut.lastIndexOf(" ");
  // Cut on the last space unless that would throw away most of the text (one huge word).
  const words = nextIsSpace || lastSpace < cut.length / 2 ? cut : cut.slice(0, lastSpace);
  return `${words.replace(/[\s,;:.!?…-]+$/u, "")}…`;
}
