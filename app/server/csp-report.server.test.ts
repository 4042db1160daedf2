import { describe, expect, it } from "vitest";
import { describeCspReport } from "./csp-report.server";

describe("describeCspReport", () => {
  it("reads report-uri's single report", () => {
    const body = JSON.stringify({
      "csp-report": {
        "document-uri": "https://coupdemain.example/q/12/une-echelle",
        "violated-directive": "script-src-elem",
        "effective-directive": "script-src-elem",
        "blocked-uri": "inline",
        "source-file": "https://coupdemain.example/q/12/une-echelle",
        "line-number": 3,
        "script-sample": "alert(1)",
      },
    });
    expect(describeCspReport(body)).toEqual([
      'CSP violation: "script-src-elem" blocked "inline" on "https://coupdemain.example/q/12/une-echelle" ("https://coupdemain.example/q/12/une-echelle", line 3), sample "alert(1)"',
    ]);
  });

  it("reads the Reporting API's batches, skipping other report types", () => {
    const body = JSON.stringify([
      { type: "deprecation", url: "https://coupdemain.example/", body: { id: "x" } },
      {
        type: "csp-violation",
        url: "https://coupdemain.example/",
        body: {
          documentURL: "https://coupdemain.example/",
          effectiveDirective: "style-src-attr",
          blockedURL: "inline",
        },
      },
    ]);
    expect(describeCspReport(body)).toEqual([
      'CSP violation: "style-src-attr" blocked "inline" on "https://coupdemain.example/"',
    ]);
  });

  it("keeps each line short and on one line, whatever the report holds", () => {
    const body = JSON.stringify({
      "csp-report": {
        "document-uri": `https://x.example/${"a".repeat(5000)}`,
        "effective-directive": "script-src\n\u001b[31mFAKE LOG LINE\u2028\u202e",
        "blocked-uri": { nested: true },
      },
    });
    const [line] = describeCspReport(body)!;
    expect(line!.length).toBeLessThan(600);
    for (const character of ["\n", "\u001b", "\u2028", "\u202e"]) {
      expect(line).not.toContain(character);
    }
    expect(line).toContain('blocked "?"');
    const many = JSON.stringify(
      Array.from({ length: 100 }, () => ({ type: "csp-violation", body: {} })),
    );
    expect(describeCspReport(many)).toHaveLength(10);
  });

  it("says null for anything that is not a CSP report", () => {
    for (const body of ["", "not json", "{}", "[]", "null", "42", '{"csp-report": "x"}', "[1,2]"]) {
      expect(describeCspReport(body), body).toBeNull();
    }
  });
});
