import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import type { RawRequest } from "./http";
import type { RoutePattern } from "./routes";
import { confine, FUZZ_PLACE_CODE, type World } from "./world";

/**
 * What the fuzz sends, as fast-check arbitraries. A request is generated as a
 * short description (so a counterexample prints in a few lines, a 1 MB field
 * as `{ huge: 1048577 }`) and written out as bytes by `toRawRequest`.
 */
type Field = [name: string, value: string];

export type BodySpec =
  | { kind: "none" }
  | { kind: "urlencoded"; fields: Field[]; encoding: "standard" | "raw" | "bad-percent" }
  | { kind: "multipart"; fields: Field[]; flaw: MultipartFlaw }
  | { kind: "json"; text: string }
  | { kind: "text"; text: string }
  | { kind: "binary"; bytes: number[] }
  | { kind: "huge"; name: string; size: number }
  | { kind: "many"; count: number };

type MultipartFlaw =
  | "none"
  | "file"
  | "wrong-boundary"
  | "no-closing"
  | "truncated"
  | "no-boundary"
  | "garbage-parts"
  | "bad-headers";

export type RequestSpec = {
  method: string;
  path: string;
  query: string;
  body: BodySpec;
  /** "auto": the type that goes with the body; anything else is sent as is (null: none). */
  contentType: string | null;
  headers: [string, string][];
};

// --- Vocabularies, from the app's own code where it can tell ---

const appDir = path.resolve(import.meta.dirname, "../../app");

function sourcesUnder(dir: string): string {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => fs.readFileSync(path.join(dir, file), "utf8"))
    .join("\n");
}

const appSource = [appDir + "/routes", appDir + "/components", appDir + "/domain"]
  .map(sourcesUnder)
  .join("\n");

function harvest(pattern: RegExp, extra: string[]) {
  const found = new Set(extra);
  for (const match of appSource.matchAll(pattern)) {
    const value = match.slice(1).find(Boolean);
    if (value) found.add(value);
  }
  return [...found].sort();
}

/** Every form field name the app's forms and schemas use. */
const FIELD_NAMES = harvest(/(?:name="|\n\s+)([a-zA-Z]+)(?:"|: z\.)/g, [
  "intent",
  "email",
  "password",
  "currentPassword",
  "firstName",
  "lastName",
  "placeQuery",
  "placeCode",
  "title",
  "body",
  "tags",
  "kind",
  "category",
  "neededBy",
  "duplicateOf",
  "accept",
  "code",
  "locale",
  "confirm",
]);

/** Every intent the app's forms send. */
const INTENTS = harvest(/intent: z\.literal\("([^"]+)"\)|name="intent"\s+value="([^"]+)"/g, [
  "block",
  "unblock",
]);

/** Every query parameter a loader reads. */
const QUERY_KEYS = harvest(/searchParams\.(?:get|getAll|has)\("([^"]+)"\)/g, [
  "redirectTo",
  "retour",
  "index",
  "_data",
  "to",
  "question",
  "limit",
  "offset",
  "p",
  "version",
  "sort",
  "kind",
  "category",
  "near",
]);

const WORDS = [
  "on",
  "1",
  "0",
  "-1",
  "true",
  "false",
  "",
  " ",
  "fr",
  "en",
  "de",
  "question",
  "answer",
  "comment",
  "member",
  "message",
  "conversation",
  "spam",
  "other",
  "offensive",
  "hide",
  "remove",
  "restore",
  "suspend",
  "dismiss",
  "lock",
  "unlock",
  "bricolage",
  "jardinage",
  "request",
  "offer",
  "moderator",
  "ambassador",
  "feminine",
  "masculine",
  "neutral",
  "yes",
  "all",
  "digest",
  "immediate",
  "never",
  "2026-12-24",
  "1999-01-01",
  "9999-99-99",
  "off-topic",
  "duplicate",
  "0.5",
  "10",
  "25",
  "100",
  "101",
  "1e309",
  "NaN",
  "Infinity",
  "-0",
  "0x10",
  "1_000",
  "９",
  "donges",
  "Donges",
  "44480",
  "saint",
  "un mot de passe solide",
  "camille@exemple.fr",
  "ADMIN@COUPDEMAIN.LOCAL",
];

const HOSTILE = [
  "/\t/evil.example/",
  "/\r\n/evil.example",
  "%2F%09%2Fevil.example",
  "//evil.example",
  "/\\evil.example",
  "https://evil.example",
  "javascript:alert(1)",
  "/%2F%2Fevil.example",
  "/./\\evil",
  "\u3000//evil",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "[x](javascript:alert(1))",
  "'; DROP TABLE users; --",
  '" OR 1=1 --',
  'NEAR(a b) AND OR NOT * ^ "',
  '"unterminated',
  "a*",
  "*",
  "-",
  "((((((((((",
  "{{7*7}}",
  "${7*7}",
  "%s%s%s%n",
  "\u0000",
  "\ud800",
  "\uffff",
  "\u202e",
  "../../../../etc/passwd",
  "constructor",
  "__proto__",
  "toString",
];

const NAMES_ODD = [
  "__proto__",
  "constructor",
  "prototype",
  "__proto__.polluted",
  "constructor.prototype.polluted",
  "a[0]",
  "a[999999999]",
  "tags[0]",
  "tags[4294967295]",
  "intent[0]",
  "email.value",
  "a.b.c.d.e.f.g",
  "",
  "x".repeat(3000),
];

// --- Arbitraries ---

/**
 * Percent-encoding of any string: a lone surrogate (which fast-check makes,
 * and encodeURIComponent throws on) becomes U+FFFD, as UTF-8 on the wire would.
 */
function encode(text: string) {
  return encodeURIComponent(text.replace(LONE_SURROGATE, "\ufffd"));
}
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const anyText = (maxLength: number) =>
  fc.oneof(
    { arbitrary: fc.string({ unit: "binary", maxLength }), weight: 3 },
    { arbitrary: fc.string({ unit: "grapheme", maxLength }), weight: 2 },
    { arbitrary: fc.string({ unit: "binary-ascii", maxLength }), weight: 1 },
  );

const longText = fc
  .tuple(fc.integer({ min: 1000, max: 30_000 }), fc.constantFrom("a", "é", "🙂", " ", "\n", "%"))
  .map(([length, char]) => char.repeat(length));

const numberText = fc.oneof(
  fc.integer().map(String),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.double().map(String),
  fc.constantFrom("0", "-1", "1.5", "1e3", " 7 ", "7abc", "0007", "9007199254740993"),
);

function valueArb(world: World) {
  const own = [
    ...world.memberIds,
    ...world.slugs,
    ...world.tokens,
    ...world.numericIds.map(String),
    ...world.placeCodes,
  ];
  return fc.oneof(
    { arbitrary: fc.constantFrom(...INTENTS, ...WORDS), weight: 5 },
    { arbitrary: fc.constantFrom(...own), weight: 4 },
    { arbitrary: anyText(60), weight: 4 },
    { arbitrary: numberText, weight: 2 },
    { arbitrary: fc.emailAddress(), weight: 1 },
    { arbitrary: fc.constantFrom(...HOSTILE), weight: 2 },
    { arbitrary: anyText(600), weight: 1 },
    { arbitrary: longText, weight: 1 },
  );
}

/** Values of fields that name rows, or places, stay within the fuzz's own (see `confine`). */
function confineField(name: string, value: string, world: World, pick: number): string {
  if (/id$|^to$|^question$|^cible$/i.test(name)) return confine(value, world, pick);
  if (/^placeCode$|^lieu$/.test(name) && /^\s*(\d{5}|2[ab]\d{3})\s*$/i.test(value)) {
    return FUZZ_PLACE_CODE;
  }
  return value;
}

function fieldsArb(world: World, maxLength: number) {
  const name = fc.oneof(
    { arbitrary: fc.constantFrom(...FIELD_NAMES), weight: 10 },
    { arbitrary: anyText(20), weight: 1 },
    { arbitrary: fc.constantFrom(...NAMES_ODD), weight: 1 },
  );
  const field = fc
    .tuple(name, valueArb(world), fc.nat())
    .map(([n, v, pick]): Field => [n, confineField(n, v, world, pick)]);
  return fc
    .tuple(
      fc.option(fc.constantFrom(...INTENTS), { freq: 3, nil: undefined }),
      fc.array(field, { maxLength }),
    )
    .map(([intent, fields]): Field[] =>
      intent === undefined ? fields : [["intent", intent], ...fields],
    );
}

function bodyArb(world: World): fc.Arbitrary<BodySpec> {
  const fields = fieldsArb(world, 12);
  return fc.oneof(
    {
      arbitrary: fc.record({
        kind: fc.constant("urlencoded" as const),
        fields,
        encoding: fc.constantFrom("standard", "standard", "standard", "raw", "bad-percent"),
      }),
      weight: 10,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant("multipart" as const),
        fields,
        flaw: fc.constantFrom<MultipartFlaw>(
          "none",
          "none",
          "file",
          "wrong-boundary",
          "no-closing",
          "truncated",
          "no-boundary",
          "garbage-parts",
          "bad-headers",
        ),
      }),
      weight: 4,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant("json" as const),
        text: fc.jsonValue().map((value) => JSON.stringify(value)),
      }),
      weight: 1,
    },
    { arbitrary: fc.record({ kind: fc.constant("text" as const), text: anyText(200) }), weight: 1 },
    {
      arbitrary: fc.record({
        kind: fc.constant("binary" as const),
        bytes: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 300 }),
      }),
      weight: 1,
    },
    { arbitrary: fc.constant({ kind: "none" as const }), weight: 2 },
    {
      arbitrary: fc.record({
        kind: fc.constant("huge" as const),
        name: fc.constantFrom(...FIELD_NAMES),
        size: fc.integer({ min: 100_000, max: 1_200_000 }),
      }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant("many" as const),
        count: fc.integer({ min: 100, max: 20_000 }),
      }),
      weight: 1,
    },
  );
}

const CONTENT_TYPES = [
  "application/x-www-form-urlencoded",
  "application/x-www-form-urlencoded; charset=utf-8",
  "application/x-www-form-urlencoded; charset=utf-16",
  "APPLICATION/X-WWW-FORM-URLENCODED",
  "multipart/form-data",
  "multipart/form-data; boundary=",
  'multipart/form-data; boundary=""',
  "multipart/form-data; boundary=a; boundary=b",
  "multipart/mixed; boundary=fuzz",
  "application/json",
  "application/csp-report",
  "text/plain",
  "text/html; charset=latin1",
  "application/octet-stream",
  "image/png",
  "*/*",
  ";",
  "x",
];

function contentTypeArb() {
  return fc.oneof(
    { arbitrary: fc.constant("auto"), weight: 12 },
    { arbitrary: fc.constantFrom(...CONTENT_TYPES), weight: 2 },
    { arbitrary: fc.constant(null), weight: 1 },
    { arbitrary: anyText(40), weight: 1 },
  );
}

/** One path segment in place of a `:param`. */
function segmentArb(param: string, world: World): fc.Arbitrary<string> {
  const own =
    param === "id"
      ? [...world.numericIds.map(String), ...world.memberIds]
      : param === "slug"
        ? world.slugs
        : param === "token"
          ? world.tokens
          : param === "codeOrSlug"
            ? [FUZZ_PLACE_CODE, ...world.slugs, "44052", "donges-44480"]
            : param === "name"
              ? ["questions-1.xml", "places-1.xml", "questions-0.xml", "questions-99999.xml"]
              : [];
  const junk = fc.oneof(
    anyText(40).map(encode),
    numberText.map(encode),
    fc.constantFrom(
      "%",
      "%G0",
      "%C3",
      "%E3%80",
      "%FF",
      "%00",
      "%09",
      "%0D%0A",
      "%2F",
      "%5C",
      "%2e%2e",
      ".",
      "..",
      "",
      "\\",
      "é",
      "🙂",
      "%E3%80%80",
      "a;b=c",
      "a?b",
      "index.html",
    ),
    fc.integer({ min: 1000, max: 20_000 }).map((length) => "a".repeat(length)),
  );
  const segment = own.length ? fc.oneof(fc.constantFrom(...own), junk) : junk;
  return fc
    .tuple(segment, fc.nat())
    .map(([value, pick]) => (param === "id" ? confine(value, world, pick) : value));
}

function pathArb(route: RoutePattern, world: World) {
  const parts = route.segments.map((segment) => {
    if (segment === "*") {
      return fc.array(segmentArb("splat", world), { maxLength: 4 }).map((s) => s.join("/"));
    }
    return segment.startsWith(":")
      ? segmentArb(segment.slice(1), world)
      : fc.oneof(
          { arbitrary: fc.constant(segment), weight: 12 },
          { arbitrary: fc.constant(segment.toUpperCase()), weight: 1 },
          { arbitrary: fc.constant(encode(segment).replace(/e/g, "%65")), weight: 1 },
        );
  });
  return fc
    .tuple(
      fc.tuple(...parts),
      // A single-fetch data request, a trailing slash, a doubled slash.
      fc.constantFrom("", "", "", "", ".data", "/", "//", "/."),
    )
    .map(([segments, suffix]) => `/${segments.join("/")}${suffix}`.replace(/^\/\/+$/, "/"));
}

function queryArb(world: World) {
  const pair = fc
    .tuple(
      fc.oneof(
        { arbitrary: fc.constantFrom(...QUERY_KEYS), weight: 6 },
        { arbitrary: anyText(10), weight: 1 },
      ),
      valueArb(world),
      fc.nat(),
    )
    .map(([key, value, pick]) => [key, confineField(key, value, world, pick)] as const);
  return fc.oneof(
    { arbitrary: fc.constant(""), weight: 3 },
    {
      arbitrary: fc
        .tuple(fc.array(pair, { maxLength: 6 }), fc.constantFrom("standard", "raw", "bad-percent"))
        .map(([pairs, encoding]) =>
          encoding === "standard"
            ? new URLSearchParams(pairs.map(([k, v]) => [k, v])).toString()
            : pairs
                .map(
                  ([k, v]) => `${k}=${encoding === "raw" ? v : `${v}%${v.length % 2 ? "G" : ""}`}`,
                )
                .join("&"),
        ),
      weight: 6,
    },
  );
}

function headersArb(world: World, port: number, ipPrefix: string) {
  const origin = fc.oneof(
    { arbitrary: fc.constant(`http://localhost:${port}`), weight: 10 },
    { arbitrary: fc.constant(null), weight: 3 },
    {
      arbitrary: fc.constantFrom(
        "null",
        "https://evil.example",
        `https://localhost:${port}`,
        "not a url",
        "http://localhost",
        "",
      ),
      weight: 2,
    },
  );
  const cookie = fc.oneof(
    { arbitrary: fc.constant(""), weight: 6 },
    {
      arbitrary: fc.constantFrom(
        "lang=en",
        "lang=xx",
        "lang=%ZZ",
        "lang=eyJ4Ijox",
        'lang="unterminated',
        "cdm_session=",
        "cdm_session=garbage",
        `cdm_session=${"f".repeat(40)}`,
        "a=b; a=c; ; =; ==",
        `big=${"x".repeat(6000)}`,
        "lang=en; lang=fr",
      ),
      weight: 2,
    },
    { arbitrary: anyText(30).map((text) => `lang=${encode(text)}`), weight: 1 },
  );
  const other = fc.array(
    fc.oneof(
      fc.tuple(
        fc.constant("Accept-Language"),
        fc.oneof(
          anyText(30),
          fc.constantFrom("en-GB,en;q=0.9", "*", "q=", "de;q=abc,en;q=-1", "fr-FR;q=0.5,en;q=1e9"),
        ),
      ),
      fc.tuple(
        fc.constant("Accept"),
        fc.constantFrom("application/json", "text/x-script", "*/*", "text/html;q=0", "x"),
      ),
      fc.tuple(
        fc.constant("Content-Encoding"),
        fc.constantFrom("gzip", "deflate", "br", "identity", "x"),
      ),
      fc.tuple(
        fc.constant("X-Forwarded-Host"),
        fc.constantFrom("evil.example", `localhost:${port}`, "bad host", ""),
      ),
      fc.tuple(fc.constant("X-Forwarded-Proto"), fc.constantFrom("https", "http", "gopher", "")),
      fc.tuple(
        fc.constant("Referer"),
        fc.constantFrom("https://evil.example/", "not a url", `http://localhost:${port}/`),
      ),
      fc.tuple(fc.constant("If-None-Match"), fc.constantFrom("*", '"x"', 'W/""')),
      fc.tuple(fc.constant("Range"), fc.constantFrom("bytes=0-1", "bytes=-1", "bytes=x")),
      fc.tuple(fc.constant("Expect"), fc.constantFrom("100-continue", "nothing")),
    ),
    { maxLength: 3 },
  );
  const ip = fc.oneof(
    {
      arbitrary: fc
        .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 254 }))
        .map(([a, b]) => `${ipPrefix}.${a}.${b}`),
      weight: 12,
    },
    {
      // Odd, but each the fuzz's own: with one trusted hop the last entry is the IP, and
      // an empty header (or ::1) would share the loopback's limits with other specs.
      arbitrary: fc.constantFrom("unknown", "x", `127.0.0.1, ${ipPrefix}.1.1`, `[${ipPrefix}.3.3]`),
      weight: 1,
    },
  );
  return fc.tuple(origin, cookie, other, ip).map(([o, extraCookie, rest, address]) => {
    const headers: [string, string][] = [["X-Forwarded-For", address]];
    if (o !== null) headers.push(["Origin", o]);
    const cookies = [world.cookie, extraCookie].filter(Boolean).join("; ");
    if (cookies) headers.push(["Cookie", cookies]);
    return [...headers, ...rest];
  });
}

export function requestArb(
  route: RoutePattern,
  world: World,
  options: { port: number; ipPrefix: string },
): fc.Arbitrary<RequestSpec> {
  const method = route.takesWrites
    ? fc.constantFrom(
        "POST",
        "POST",
        "POST",
        "POST",
        "GET",
        "GET",
        "HEAD",
        "PUT",
        "DELETE",
        "PATCH",
        "OPTIONS",
      )
    : fc.constantFrom(
        "GET",
        "GET",
        "GET",
        "GET",
        "HEAD",
        "POST",
        "POST",
        "PUT",
        "DELETE",
        "OPTIONS",
      );
  return fc
    .record({
      method,
      path: pathArb(route, world),
      query: queryArb(world),
      body: bodyArb(world),
      contentType: contentTypeArb(),
      headers: headersArb(world, options.port, options.ipPrefix),
    })
    .map((spec) =>
      // Reads carry no body, mostly: a GET with a form is a request of its own kind.
      ["GET", "HEAD"].includes(spec.method) && spec.path.length % 4 !== 0
        ? { ...spec, body: { kind: "none" as const }, contentType: "auto" }
        : spec,
    );
}

// --- Writing it out ---

const BOUNDARY = "----fuzzBoundary7MA4YWxkTrZu0gW";

function encodeField(text: string, encoding: "standard" | "raw" | "bad-percent") {
  if (encoding === "raw") return text;
  const encoded = encode(text);
  return encoding === "bad-percent" ? `${encoded}%${text.length % 2 ? "zz" : "C3"}` : encoded;
}

function multipart(fields: Field[], flaw: MultipartFlaw): string {
  const parts = fields.map(([name, value], index) => {
    const file = flaw === "file" && index === 0 ? `; filename="fuzz.txt"` : "";
    const header =
      flaw === "bad-headers" && index === 0
        ? `Content-Disposition: form-data; name=${name}\r\nContent-Type: text/plain; charset=utf-16`
        : `Content-Disposition: form-data; name="${name.replace(/"/g, "%22")}"${file}`;
    return `--${flaw === "wrong-boundary" ? "other" : BOUNDARY}\r\n${header}\r\n\r\n${value}\r\n`;
  });
  if (flaw === "garbage-parts") parts.push(`--${BOUNDARY}\r\nno headers here\r\n`);
  let text = parts.join("") + (flaw === "no-closing" ? "" : `--${BOUNDARY}--\r\n`);
  if (flaw === "truncated") text = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
  return text;
}

function bodyBytes(body: BodySpec): { bytes: Buffer; type: string | null } {
  switch (body.kind) {
    case "none":
      return { bytes: Buffer.alloc(0), type: null };
    case "urlencoded":
      return {
        bytes: Buffer.from(
          body.fields
            .map(([n, v]) => `${encodeField(n, body.encoding)}=${encodeField(v, body.encoding)}`)
            .join("&"),
        ),
        type: "application/x-www-form-urlencoded",
      };
    case "multipart":
      return {
        bytes: Buffer.from(multipart(body.fields, body.flaw)),
        type:
          body.flaw === "no-boundary"
            ? "multipart/form-data"
            : `multipart/form-data; boundary=${BOUNDARY}`,
      };
    case "json":
      return { bytes: Buffer.from(body.text), type: "application/json" };
    case "text":
      return { bytes: Buffer.from(body.text), type: "text/plain;charset=UTF-8" };
    case "binary":
      return { bytes: Buffer.from(body.bytes), type: "application/octet-stream" };
    case "huge":
      return {
        bytes: Buffer.from(`${body.name}=${"a".repeat(body.size)}`),
        type: "application/x-www-form-urlencoded",
      };
    case "many":
      return {
        bytes: Buffer.from(Array.from({ length: body.count }, (_, i) => `f${i}=${i}`).join("&")),
        type: "application/x-www-form-urlencoded",
      };
  }
}

export function toRawRequest(spec: RequestSpec): RawRequest {
  const { bytes, type } = bodyBytes(spec.body);
  const contentType = spec.contentType === "auto" ? type : spec.contentType;
  const headers: [string, string][] = [...spec.headers];
  // Header values cannot hold line breaks on the wire: Node would read a new header.
  if (contentType !== null) headers.push(["Content-Type", contentType.replace(/[\r\n]/g, " ")]);
  return {
    method: spec.method,
    target: spec.query ? `${spec.path}?${spec.query}` : spec.path,
    headers: headers.map(([name, value]) => [name, value.replace(/[\r\n]/g, " ")]),
    body: bytes,
  };
}
