import { describe, expect, it } from "vitest";
import { MAX_REDIRECT_LENGTH, safeRedirect } from "./safe-redirect";

describe("safeRedirect", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeRedirect("/p/donges-44480?radius=5")).toBe("/p/donges-44480?radius=5");
    expect(safeRedirect("/q/12/un-titre#reponse-3")).toBe("/q/12/un-titre#reponse-3");
    expect(safeRedirect("/")).toBe("/");
    // A search for two words comes back: spaces in the query are the search's own.
    expect(safeRedirect("/recherche?q=v%C3%A9lo+cargo")).toBe("/recherche?q=v%C3%A9lo+cargo");
    expect(safeRedirect("/recherche?q=v%C3%A9lo%20cargo")).toBe("/recherche?q=v%C3%A9lo%20cargo");
  });

  it("returns the address normalised, as the browser would read it", () => {
    expect(safeRedirect("/p/./donges/../donges-44480")).toBe("/p/donges-44480");
    expect(safeRedirect("/p/saint-étienne?q=éte")).toBe("/p/saint-%C3%A9tienne?q=%C3%A9te");
    expect(safeRedirect("/a?b=<c>#d")).toBe("/a?b=%3Cc%3E#d");
    // "@" in a path is only a character of the path here.
    expect(safeRedirect("/@evil.example")).toBe("/@evil.example");
  });

  // Each of these, put in a Location header, sends the browser elsewhere or breaks the response.
  const refused: [string, unknown][] = [
    ["TAB after the first slash (browsers strip it)", "/\t/evil.example/"],
    ["TAB, as the issue's link decodes it", decodeURIComponent("%2F%09%2Fevil.example%2F")],
    ["LF after the first slash", "/\n/evil.example"],
    ["CR LF (header injection)", "/\r\nSet-Cookie: a=b"],
    ["encoded CR LF in the path", "/%0D%0ASet-Cookie:%20a=b"],
    ["encoded CR LF in the query", "/p?x=%0D%0ASet-Cookie:%20a=b"],
    ["NUL", "/\u0000/evil.example"],
    ["encoded NUL", "/%00"],
    ["vertical tab", "/\u000b/evil.example"],
    ["unit separator 0x1F", "/\u001f/evil.example"],
    ["encoded 0x1F", "/p?x=%1F"],
    ["DEL", "/\u007f"],
    ["C1 control NEL", "/\u0085/evil.example"],
    ["ideographic space U+3000", "/\u3000/evil.example"],
    ["encoded U+3000 in the path", "/%E3%80%80/evil.example"],
    ["no-break space", "/\u00a0/evil.example"],
    ["em space", "/\u2003"],
    ["line separator", "/\u2028"],
    ["zero-width space", "/\u200b/evil.example"],
    ["byte-order mark", "/\ufeff/evil.example"],
    ["right-to-left override", "/\u202e/moc.live"],
    ["a leading space", " /p/donges"],
    ["protocol-relative", "//evil.example"],
    ["protocol-relative, three slashes", "///evil.example"],
    ["slash backslash", "/\\evil.example"],
    ["encoded backslash", "/%5Cevil.example"],
    ["encoded backslash, lowercase", "/%5cevil.example"],
    ["backslash slash", "\\/evil.example"],
    ["dot segment then backslash", "/./\\evil.example"],
    ["dot segment then two slashes", "/.//evil.example"],
    ["dot-dot segment then two slashes", "/a/..//evil.example"],
    ["encoded slashes", "/%2F%2Fevil.example"],
    ["encoded slash then slash", "/%2F/evil.example"],
    ["absolute URL", "https://evil.example"],
    ["absolute URL to another port", "http://coup-de-main.invalid:8080/"],
    ["scheme without slashes", "https:evil.example"],
    ["javascript:", "javascript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["relative path", "p/donges"],
    ["bad percent-encoding", "/%E3%80"],
    ["bad percent-encoding in the query", "/p?q=%"],
    ["empty", ""],
    ["very long", `/${"a".repeat(MAX_REDIRECT_LENGTH)}`],
    ["null", null],
    ["undefined", undefined],
    ["a number", 42],
    ["an array", ["/p/donges"]],
    ["an object", { toString: () => "/p/donges" }],
    ["a file", new File(["/p"], "p.txt")],
  ];

  it.each(refused)("refuses %s", (_, value) => {
    expect(safeRedirect(value)).toBe("/");
    expect(safeRedirect(value, "/messages")).toBe("/messages");
  });

  it("never returns what a browser would read as another origin", () => {
    // Whatever passes must resolve to the page's own origin in a browser's parser.
    const base = "https://coupdemain.fr";
    for (const [, value] of refused) {
      const target = safeRedirect(value, "/fallback");
      expect(new URL(target, base).origin).toBe(base);
      expect(target).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
    }
  });
});
