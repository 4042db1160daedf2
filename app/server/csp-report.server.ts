/**
 * Browsers report what the Content-Security-Policy blocked to /csp-report,
 * in two shapes: `report-uri` posts `{"csp-report": {…}}` one at a time;
 * the Reporting API (`report-to`) posts batches `[{type, url, body}]`. Each
 * violation becomes one log line: the directive, what it blocked, where.
 * A report is written by the page's visitor (or anyone), so every field is
 * cut short and quoted as JSON: no line breaks or escape codes in the log.
 */
const MAX_VIOLATIONS_PER_REPORT = 10;
const MAX_FIELD_LENGTH = 200;

type Violation = {
  directive: unknown;
  blocked: unknown;
  page: unknown;
  source: unknown;
  line: unknown;
  sample: unknown;
};

/** The log lines of a report body, or null when the body is not a CSP report. */
export function describeCspReport(body: string): string[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  const violations = Array.isArray(parsed) ? parsed.map(fromReportingApi) : [fromReportUri(parsed)];
  const found = violations.filter((violation): violation is Violation => violation !== null);
  if (found.length === 0) return null;
  return found.slice(0, MAX_VIOLATIONS_PER_REPORT).map(describe);
}

function fromReportUri(report: unknown): Violation | null {
  const fields = recordAt(report, "csp-report");
  if (!fields) return null;
  return {
    directive: fields["effective-directive"] ?? fields["violated-directive"],
    blocked: fields["blocked-uri"],
    page: fields["document-uri"],
    source: fields["source-file"],
    line: fields["line-number"],
    sample: fields["script-sample"],
  };
}

function fromReportingApi(report: unknown): Violation | null {
  if (!isRecord(report) || report.type !== "csp-violation") return null;
  const fields = recordAt(report, "body");
  if (!fields) return null;
  return {
    directive: fields.effectiveDirective,
    blocked: fields.blockedURL,
    page: fields.documentURL ?? report.url,
    source: fields.sourceFile,
    line: fields.lineNumber,
    sample: fields.sample,
  };
}

function describe(violation: Violation) {
  const line = Number(violation.line);
  const where = violation.source
    ? ` (${field(violation.source)}${Number.isSafeInteger(line) && line > 0 ? `, line ${line}` : ""})`
    : "";
  const sample = violation.sample ? `, sample ${field(violation.sample)}` : "";
  return `CSP violation: ${field(violation.directive)} blocked ${field(violation.blocked)} on ${field(violation.page)}${where}${sample}`;
}

/** A field as a short JSON value: quoted, escaped, at most MAX_FIELD_LENGTH characters. */
function field(value: unknown) {
  const text = typeof value === "string" || typeof value === "number" ? String(value) : "?";
  const cut = text.length > MAX_FIELD_LENGTH ? `${text.slice(0, MAX_FIELD_LENGTH)}…` : text;
  // JSON escapes control characters; line separators and bidi overrides it leaves.
  return JSON.stringify(cut).replace(
    /[\u0080-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function recordAt(value: unknown, key: string) {
  const inner = isRecord(value) ? value[key] : undefined;
  return isRecord(inner) ? inner : null;
}
