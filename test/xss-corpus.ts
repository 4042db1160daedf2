/**
 * Markdown sources that try to run script once rendered. The unit tests check
 * the rendered HTML of each; the browser tests post them and check nothing
 * ran. Every payload, if it ever executed, sets `window.__xss = true` or calls
 * `alert(…)`, so a test can detect it (listen for dialogs, read `__xss`).
 *
 * Not a .server module: Playwright imports it too.
 */
export type XssPayload = { label: string; source: string };

export const XSS_CORPUS: readonly XssPayload[] = [
  // Script tags
  { label: "plain script tag", source: "<script>window.__xss = true</script>" },
  { label: "mixed-case script tag", source: "<ScRiPt>window.__xss = true</sCrIpT>" },
  {
    label: "nested, broken script tags",
    source: "<scr<script>ipt>window.__xss = true</scr</script>ipt>",
  },
  {
    label: "script tag inside a paragraph",
    source: "Bonjour <script>alert('xss')</script> voisins",
  },
  { label: "unclosed script tag", source: "<script>window.__xss = true" },
  {
    label: "script tag after a blank line in a list",
    source: "- item\n\n  <script>window.__xss = true</script>",
  },

  // javascript: URLs in Markdown links
  { label: "javascript: inline link", source: "[clique](javascript:window.__xss=true)" },
  { label: "upper-case JAVASCRIPT: link", source: "[clique](JAVASCRIPT:alert(1))" },
  {
    label: "javascript: link with a tab entity",
    source: "[clique](jav&#x09;ascript:alert(1))",
  },
  {
    label: "javascript: link with a newline entity",
    source: "[clique](jav&#x0A;ascript:alert(1))",
  },
  {
    label: "javascript: link fully entity-encoded",
    source: "[clique](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
  },
  {
    label: "javascript: link with leading whitespace in angle brackets",
    source: "[clique](< javascript:alert(1)>)",
  },
  {
    label: "javascript: link with a URL-encoded colon",
    source: "[clique](javascript&colon;alert(1))",
  },
  { label: "javascript: autolink", source: "<javascript:alert(1)>" },
  {
    label: "javascript: reference link",
    source: "[clique][1]\n\n[1]: javascript:window.__xss=true",
  },
  {
    label: "javascript: link with a title",
    source: '[clique](javascript:alert(1) "titre")',
  },
  { label: "vbscript: link", source: "[clique](vbscript:msgbox(1))" },
  {
    label: "raw a tag with javascript: href",
    source: '<a href="javascript:window.__xss=true">clique</a>',
  },
  {
    label: "raw a tag with an obfuscated href",
    source: '<a href="jav&#x09;ascript:alert(1)">clique</a>',
  },
  {
    label: "link text hiding a javascript: link",
    source: "[https://www.service-public.fr](javascript:alert(1))",
  },

  // Event handlers
  { label: "img onerror", source: "<img src=x onerror=alert(1)>" },
  { label: "body onload", source: "<body onload=alert(1)>" },
  { label: "div onmouseover", source: '<div onmouseover="window.__xss=true">survol</div>' },
  { label: "details ontoggle", source: "<details open ontoggle=alert(1)>" },
  {
    label: "event handler smuggled in a link title",
    source: '[clique](https://example.com "x\\" onmouseover=\\"alert(1))',
  },
  {
    label: "event handler in an image alt text",
    source: '![x" onerror="alert(1)](https://example.com/x.png)',
  },
  {
    label: "input autofocus onfocus",
    source: "<input autofocus onfocus=alert(1)>",
  },

  // SVG
  { label: "svg onload", source: "<svg onload=alert(1)>" },
  { label: "svg with a script", source: "<svg><script>window.__xss=true</script></svg>" },
  {
    label: "svg link with xlink:href javascript:",
    source: '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">clique</text></a></svg>',
  },
  {
    label: "svg animate setting href",
    source:
      '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text x="20" y="20">clique</text></a></svg>',
  },

  // data: URIs
  {
    label: "data: HTML link",
    source: "[clique](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  },
  {
    label: "data: link in upper case",
    source: "[clique](DATA:text/html,<script>alert(1)</script>)",
  },
  {
    label: "iframe with a data: src",
    source: '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>',
  },
  {
    label: "object with a data: document",
    source: '<object data="data:text/html,<script>alert(1)</script>"></object>',
  },
  { label: "embed with a javascript: src", source: '<embed src="javascript:alert(1)">' },

  // Styles and page-level tags
  {
    label: "style tag",
    source: "<style>body{background:url(javascript:alert(1))}</style>",
  },
  {
    label: "inline style attribute",
    source: '<p style="background-image:url(javascript:alert(1))">x</p>',
  },
  {
    label: "meta refresh",
    source: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  },
  {
    label: "form with a javascript: action",
    source: '<form action="javascript:alert(1)"><button>Envoyer</button></form>',
  },
  {
    label: "button formaction",
    source: '<form><button formaction="javascript:alert(1)">Envoyer</button></form>',
  },
  { label: "base tag hijacking links", source: '<base href="javascript:alert(1)//">' },

  // Markdown images
  { label: "markdown image with a javascript: src", source: "![x](javascript:alert(1))" },
  {
    label: "markdown image with a data: src",
    source: "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  },
  { label: "markdown image with an onerror in the URL", source: "![x](x onerror=alert(1))" },

  // HTML entities
  {
    label: "entity-encoded script tag",
    source: "&lt;script&gt;window.__xss = true&lt;/script&gt;",
  },
  {
    label: "numeric entities for a script tag",
    source: "&#60;script&#62;alert(1)&#60;/script&#62;",
  },
  {
    label: "entities in a code span",
    source: "`<img src=x onerror=alert(1)>` et &#x3C;img src=x onerror=alert(1)&#x3E;",
  },

  // Mutation XSS classics
  {
    label: "noscript title breaking out",
    source: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  },
  {
    label: "comment breaking out",
    source: '<!--<img src="--><img src=x onerror=alert(1)//">',
  },
  {
    label: "textarea breaking out",
    source: "<textarea><img src=x onerror=alert(1)></textarea>",
  },
  {
    label: "title element breaking out",
    source: "<title><img src=x onerror=alert(1)></title>",
  },
  {
    label: "CDATA in HTML",
    source: "<![CDATA[><img src=x onerror=alert(1)>]]>",
  },

  // MathML
  {
    label: "math with a javascript: href",
    source: '<math><mtext><a href="javascript:alert(1)">clique</a></mtext></math>',
  },
  {
    label: "math mglyph style breakout",
    source: "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  },
  {
    label: "math maction",
    source:
      '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">clique</maction></math>',
  },

  // Markdown constructs wrapping HTML
  {
    label: "html inside a blockquote",
    source: "> <img src=x onerror=alert(1)>",
  },
  {
    label: "html inside a table cell",
    source: "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
  },
  {
    label: "html inside a heading",
    source: "# <svg onload=alert(1)>",
  },
  {
    label: "link inside emphasis with a javascript: URL",
    source: "**[clique](javascript:alert(1))**",
  },
];
