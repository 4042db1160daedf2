/**
 * What issue 13 asks of the Content-Security-Policy, checked on the front
 * door in-process and on the built server (playwright/tests/front-door.spec.ts):
 * `expect(cspDirectives(policy)).toMatchObject(strictCsp(nonce))`.
 */
export function strictCsp(nonce: string) {
  return {
    "script-src": `'self' 'nonce-${nonce}'`,
    "style-src": `'self' 'nonce-${nonce}'`,
    "object-src": "'none'",
    "base-uri": "'none'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
    "report-uri": "/csp-report",
    "report-to": "csp",
  };
}

/** A policy as `{ directive: "its values" }`. */
export function cspDirectives(policy: string): Record<string, string> {
  return Object.fromEntries(
    policy.split(";").map((directive) => {
      const [name = "", ...values] = directive.trim().split(/\s+/);
      return [name, values.join(" ")];
    }),
  );
}
