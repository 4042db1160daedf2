import { parseDocument } from "htmlparser2";
import { describe, expect, test } from "vitest";
import { excerpt, markdownToPlainText, renderMarkdown, sanitizePostHtml } from "./markdown.server";
import { XSS_CORPUS } from "#test/xss-corpus";

type DomNode = ReturnType<typeof parseDocument>["children"][number];
type Element = { name: string; attribs: Record<string, string> };

function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  const walk = (nodes: DomNode[]) => {
    for (const node of nodes) {
      if ("attribs" in node) found.push({ name: node.name, attribs: node.attribs });
      if ("children" in node) walk(node.children as DomNode[]);
    }
  };
  // The browser parses the HTML with entities decoded; so do we, so that
  // `jav&#x09;ascript:` is checked as the browser would read it.
  walk(parseDocument(html, { decodeEntities: true }).children);
  return found;
}

const ALLOWED_TAGS = new Set(
  "p br strong em del code pre blockquote ul ol li a h3 h4 h5 h6 hr table thead tbody tr th td".split(
    " ",
  ),
);
const FORBIDDEN_TAGS =
  "script svg math iframe object embed style img form input button meta base link body noscript textarea title details".split(
    " ",
  );
const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);
const PAGE_URL = "https://coupdemain.example/q/12";

/** Everything wrong with a piece of rendered HTML, as readable strings (empty: safe). */
function problemsIn(html: string): string[] {
  const problems: string[] = [];
  if (/<\s*script/i.test(html)) problems.push("raw <script");
  for (const { name, attribs } of elementsOf(html)) {
    if (!ALLOWED_TAGS.has(name)) problems.push(`tag <${name}> not allowed`);
    if (FORBIDDEN_TAGS.includes(name)) problems.push(`forbidden tag <${name}>`);
    for (const [attribute, value] of Object.entries(attribs)) {
      if (/^on/i.test(attribute)) problems.push(`event handler ${attribute} on <${name}>`);
      if (name !== "a" || !["href", "rel"].includes(attribute)) {
        problems.push(`attribute ${attribute} on <${name}>`);
      }
      // What a browser ignores in a URL scheme: control characters and whitespace.
      // eslint-disable-next-line no-control-regex
      const squeezed = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
      if (/^(javascript|vbscript|data):/.test(squeezed)) {
        problems.push(`dangerous URL in ${attribute}="${value}" on <${name}>`);
      }
      // Resolved as the browser would, from a page of the site.
      if (attribute === "href" && !SAFE_PROTOCOLS.has(new URL(value, PAGE_URL).protocol)) {
        problems.push(`unexpected scheme in href="${value}"`);
      }
    }
    if (name === "a" && attribs.rel !== "nofollow ugc noopener") problems.push("link without rel");
  }
  return problems;
}

describe("the safety check itself", () => {
  test("flags dangerous HTML, so the corpus tests can fail", () => {
    expect(
      problemsIn('<a href="javascript:alert(1)" rel="nofollow ugc noopener">x</a>'),
    ).not.toEqual([]);
    expect(problemsIn('<a href="jav&#x09;ascript:alert(1)">x</a>')).not.toEqual([]);
    expect(problemsIn("<img src=x onerror=alert(1)>")).not.toEqual([]);
    expect(problemsIn("<p><svg><script>alert(1)</script></svg></p>")).not.toEqual([]);
    expect(problemsIn('<p class="x">x</p>')).not.toEqual([]);
    expect(problemsIn('<a href="https://example.com">x</a>')).toEqual(["link without rel"]);
  });

  test("passes a plain link, which keeps its href", () => {
    const html = renderMarkdown("[La mairie](https://www.donges.fr/contact)");
    expect(problemsIn(html)).toEqual([]);
    expect(elementsOf(html).find((element) => element.name === "a")?.attribs.href).toBe(
      "https://www.donges.fr/contact",
    );
  });
});

describe("renderMarkdown", () => {
  test("renders emphasis, strike-through and forum line breaks", () => {
    expect(renderMarkdown("**gras** *italique* ~~barré~~\nligne 2")).toBe(
      "<p><strong>gras</strong> <em>italique</em> <del>barré</del><br />ligne 2</p>\n",
    );
  });

  test("renders lists", () => {
    const html = renderMarkdown("- pain\n- lait\n\n1. un\n2. deux");
    expect(html).toContain("<ul>\n<li>pain</li>\n<li>lait</li>\n</ul>");
    expect(html).toContain("<ol>\n<li>un</li>\n<li>deux</li>\n</ol>");
  });

  test("gives every link rel=nofollow ugc noopener and drops title and target", () => {
    expect(renderMarkdown('[CAF](https://www.caf.fr "La CAF")')).toBe(
      '<p><a href="https://www.caf.fr" rel="nofollow ugc noopener">CAF</a></p>\n',
    );
    expect(renderMarkdown("www.caf.fr")).toContain(
      '<a href="http://www.caf.fr" rel="nofollow ugc noopener">',
    );
    expect(renderMarkdown("<mailto:mairie@donges.fr>")).toContain('href="mailto:mairie@donges.fr"');
    expect(renderMarkdown("[question](/q/12)")).toContain('href="/q/12"');
    const raw = elementsOf(renderMarkdown('<a href="https://x.fr" target="_blank">x</a>'));
    expect(raw.filter((element) => "target" in element.attribs)).toEqual([]);
  });

  test("escapes HTML in code blocks and code spans", () => {
    expect(renderMarkdown("```html\n<b>gras</b> & co\n```")).toBe(
      "<pre><code>&lt;b&gt;gras&lt;/b&gt; &amp; co\n</code></pre>\n",
    );
    expect(renderMarkdown("`<i>`")).toBe("<p><code>&lt;i&gt;</code></p>\n");
  });

  test("shows raw HTML as text instead of interpreting it", () => {
    expect(renderMarkdown("Un <b>mot</b>")).toBe("<p>Un &lt;b&gt;mot&lt;/b&gt;</p>\n");
    expect(renderMarkdown("<div>\nbloc\n</div>")).toBe(
      "<p>&lt;div&gt;<br />bloc<br />&lt;/div&gt;</p>\n",
    );
  });

  test("demotes headings so posts never compete with the page's h1 and h2", () => {
    const html = renderMarkdown("# Un\n## Deux\n### Trois\n###### Six");
    expect(html).toBe("<h3>Un</h3>\n<h4>Deux</h4>\n<h5>Trois</h5>\n<h6>Six</h6>\n");
  });

  test("renders tables without alignment attributes", () => {
    const html = renderMarkdown("| Jour | Heure |\n|:--|--:|\n| Lundi | 9 h |");
    expect(html).toContain("<table>");
    expect(html).toContain("<th>Jour</th>");
    expect(html).toContain("<td>9 h</td>");
    expect(problemsIn(html)).toEqual([]);
  });

  test("keeps quotes and rules, and turns task boxes into symbols", () => {
    expect(renderMarkdown("> cité\n\n---")).toBe(
      "<blockquote>\n<p>cité</p>\n</blockquote>\n<hr />\n",
    );
    expect(renderMarkdown("- [x] fait\n- [ ] à faire")).toContain("<li>☑ fait</li>");
  });

  test("turns images into plain links (no tracking pixels)", () => {
    expect(renderMarkdown("![plan](https://example.com/plan.png)")).toBe(
      '<p><a href="https://example.com/plan.png" rel="nofollow ugc noopener">plan</a></p>\n',
    );
  });
});

describe("every XSS payload of the corpus", () => {
  test("has at least 40 labelled payloads", () => {
    expect(XSS_CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(XSS_CORPUS.map((payload) => payload.label)).size).toBe(XSS_CORPUS.length);
  });

  test.each(XSS_CORPUS)("renders $label harmlessly", ({ source }) => {
    const html = renderMarkdown(source);
    expect(problemsIn(html)).toEqual([]);
  });

  // Defence in depth: marked shows raw HTML as text, but were that ever to
  // break, the sanitizer alone must still hold against the raw payload.
  test.each(XSS_CORPUS)("is stopped by the sanitizer alone: $label", ({ source }) => {
    expect(problemsIn(sanitizePostHtml(source))).toEqual([]);
  });
});

describe("markdownToPlainText", () => {
  test("strips tags, decodes entities and collapses whitespace", () => {
    expect(
      markdownToPlainText("# Fuite\n\nUn **plombier** ?\n\n- dispo & sérieux\n- <b>vite</b>"),
    ).toBe("Fuite Un plombier ? dispo & sérieux <b>vite</b>");
  });

  test("keeps no trace of a payload's markup beyond its text", () => {
    expect(markdownToPlainText("[clique](javascript:alert(1))")).toBe("clique");
  });
});

describe("excerpt", () => {
  const text = "Bonjour à tous, je cherche un plombier sérieux pour une fuite sous l’évier.";

  test("returns short texts whole", () => {
    expect(excerpt("Merci **beaucoup** !", 50)).toBe("Merci beaucoup !");
  });

  test("cuts on a word boundary and adds an ellipsis within the limit", () => {
    const short = excerpt(text, 30);
    expect(short).toBe("Bonjour à tous, je cherche un…");
    expect(Array.from(short).length).toBeLessThanOrEqual(30);
  });

  test("drops trailing punctuation before the ellipsis", () => {
    expect(excerpt(text, 16)).toBe("Bonjour à tous…");
  });

  test("cuts a single huge word rather than returning nothing", () => {
    expect(excerpt("a".repeat(100), 10)).toBe(`${"a".repeat(9)}…`);
  });
});
