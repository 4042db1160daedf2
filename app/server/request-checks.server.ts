import { IMAGE_MAX_BYTES, IMAGES_PER_POST_MAX } from "#app/domain/images";

/**
 * What the front door (front-door.server.ts) refuses before Remix sees a
 * request, as plain functions of the request line and headers: each returns
 * the refusal, or null to let the request in. Nothing here reads a body.
 */
export type FrontDoorRefusal = {
  status: 400 | 405 | 411 | 413 | 415;
  /** For people: a French title and sentence (the page is built in front-door.server.ts). */
  title: string;
  text: string;
  /** For programs (under /api/): the JSON API speaks English. */
  apiError: string;
};

/** Forms carry text: a question of 20,000 characters with its fields is far below this. */
export const FORM_BODY_LIMIT_BYTES = 1024 * 1024;
/** A browser's CSP violation reports: a few kilobytes each, a few per batch. */
export const CSP_REPORT_BODY_LIMIT_BYTES = 64 * 1024;
/** The one-click unsubscribe (RFC 8058): `List-Unsubscribe=One-Click`, read by nobody. */
export const UNSUBSCRIBE_BODY_LIMIT_BYTES = 16 * 1024;
/** The read-only JSON API and /healthz answer every write 405 without reading it. */
export const READ_ONLY_BODY_LIMIT_BYTES = 16 * 1024;

/**
 * Forms that carry photos (multipart only): the photos a post may have at
 * their largest, and the form's text. Their route streams the files to disk
 * with a limit per file (app/server/uploads.server.ts).
 */
export const UPLOAD_BODY_LIMIT_BYTES =
  IMAGES_PER_POST_MAX * IMAGE_MAX_BYTES + FORM_BODY_LIMIT_BYTES;
/** The pages whose forms send photos: ask, answer (on a question's page), the profile. */
const UPLOAD_PATHS = [/^\/demander\/?$/, /^\/q\/\d+\/[^/]+\/?$/, /^\/parametres\/profil\/?$/];

export const CSP_REPORT_PATH = "/csp-report";
const ONE_CLICK_UNSUBSCRIBE = /^\/desabonnement\/[^/]+\/?$/;

/** What a path accepts as a request body: how much, and of which types. */
export type BodyRule = {
  maxBytes: number;
  /** A larger limit for multipart bodies, on the pages whose forms send photos. */
  multipartMaxBytes?: number;
  /** "form": urlencoded or multipart with a boundary; "any": the body is never parsed. */
  accepts: "form" | "csp-report" | "any";
};

/**
 * The body rule of a path. Image uploads get their own rule here (a larger
 * limit for multipart bodies on the pages that take photos, whose routes
 * stream the files to disk with their own count) instead of raising the
 * forms' limit.
 */
export function bodyRuleFor(path: string): BodyRule {
  if (path === CSP_REPORT_PATH) {
    return { maxBytes: CSP_REPORT_BODY_LIMIT_BYTES, accepts: "csp-report" };
  }
  if (ONE_CLICK_UNSUBSCRIBE.test(path)) {
    // Mail providers send it form-encoded, but the action ignores the body:
    // whatever type a provider picks, the unsubscribe must work.
    return { maxBytes: UNSUBSCRIBE_BODY_LIMIT_BYTES, accepts: "any" };
  }
  if (path.startsWith("/api/") || path === "/healthz") {
    // Their routes refuse writes with 405 and the methods they take (Allow),
    // which says more than a 415 would; the body is never read, so its type
    // does not matter, only its size.
    return { maxBytes: READ_ONLY_BODY_LIMIT_BYTES, accepts: "any" };
  }
  if (UPLOAD_PATHS.some((pattern) => pattern.test(path))) {
    return {
      maxBytes: FORM_BODY_LIMIT_BYTES,
      multipartMaxBytes: UPLOAD_BODY_LIMIT_BYTES,
      accepts: "form",
    };
  }
  return { maxBytes: FORM_BODY_LIMIT_BYTES, accepts: "form" };
}

const badAddress: FrontDoorRefusal = {
  status: 400,
  title: "Adresse invalide",
  text: "Cette adresse contient des caractères qui n’y sont pas permis. Vérifiez le lien, ou repartez de l’accueil.",
  apiError: "Malformed URL: invalid percent-encoding, control or space characters, or backslashes.",
};

/**
 * Every character the decoded path may not hold: C0 and C1 controls, DEL,
 * any Unicode space or line break, the byte-order mark, and the backslash
 * (which browsers read as a slash).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const FORBIDDEN_IN_PATH = /[\u0000-\u001f\u007f-\u009f\\\s\ufeff]/u;

/**
 * A request-target the app cannot take: not a path (`*`, `http://…`),
 * percent-encoding that is not UTF-8, or a path that decodes to control
 * characters, spaces or backslashes. No page has such an address, and
 * letting them through made the router throw (500).
 */
export function malformedTarget(target: string): FrontDoorRefusal | null {
  if (!target.startsWith("/")) return badAddress;
  const queryAt = target.indexOf("?");
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return badAddress;
  }
  return FORBIDDEN_IN_PATH.test(path) || FORBIDDEN_IN_PATH.test(decoded) ? badAddress : null;
}

/** What fetch's Request (and so Remix) can carry: TRACE made it throw (500). */
const METHODS = new Set(["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"]);

/** A method no page or API answers. */
export function unknownMethod(method: string): FrontDoorRefusal | null {
  if (METHODS.has(method)) return null;
  return {
    status: 405,
    title: "Demande invalide",
    text: "Cette adresse ne répond pas à ce type de demande.",
    apiError: "Method not allowed: the API is read-only (GET).",
  };
}

const HOSTNAME = /^(?:[a-z0-9_-]+\.?)+$|^\[[0-9a-f:.]+\]$/i;

/** The host the app builds its URLs from (Host, or X-Forwarded-Host from a trusted proxy). */
export function malformedHost(hostname: string | undefined): FrontDoorRefusal | null {
  if (hostname && hostname.length <= 255 && HOSTNAME.test(hostname)) return null;
  return {
    status: 400,
    title: "Requête invalide",
    text: "L’en-tête Host de cette requête n’est pas un nom de site valide.",
    apiError: "Malformed Host header.",
  };
}

/**
 * The scheme the app builds its URLs from: http, or X-Forwarded-Proto from a
 * trusted proxy (Express takes its first entry). Anything but http or https
 * (`X-Forwarded-Proto: , https` gives "") made Remix's URL throw: a 500.
 */
export function malformedProtocol(protocol: string): FrontDoorRefusal | null {
  if (protocol === "http" || protocol === "https") return null;
  return {
    status: 400,
    title: "Requête invalide",
    text: "L’en-tête X-Forwarded-Proto de cette requête n’est ni http ni https.",
    apiError: "Malformed X-Forwarded-Proto header: http or https only.",
  };
}

/** GET, HEAD and OPTIONS change nothing; every other method is a write. */
export function isWrite(method: string) {
  return !["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase());
}

type BodyHeaders = {
  method: string;
  path: string;
  contentLength: string | undefined;
  transferEncoding: string | undefined;
  contentType: string | undefined;
};

/**
 * Whether a request's body may come in, judged from its headers alone, so a
 * refused body is never read: its declared length within the path's limit
 * (a body without Content-Length is refused, as it could be endless), and
 * for writes, a type the path accepts.
 */
export function refusedBody(request: BodyHeaders): FrontDoorRefusal | null {
  const rule = bodyRuleFor(request.path);
  if (request.transferEncoding !== undefined && request.contentLength === undefined) {
    return {
      status: 411,
      title: "Longueur requise",
      text: "Cet envoi doit annoncer sa taille (en-tête Content-Length). Un navigateur le fait toujours : réessayez depuis le formulaire.",
      apiError: "Length Required: send the body with a Content-Length.",
    };
  }
  const multipart = /^multipart\/form-data\s*;/i.test(request.contentType ?? "");
  const maxBytes = (multipart && rule.multipartMaxBytes) || rule.maxBytes;
  if (Number(request.contentLength ?? 0) > maxBytes) {
    return {
      status: 413,
      title: "Envoi trop volumineux",
      text: multipart
        ? `Ce que vous avez envoyé dépasse la taille permise (${formatBytes(maxBytes)}). Envoyez moins de photos, ou des photos plus légères, puis réessayez.`
        : `Ce que vous avez envoyé dépasse la taille permise (${formatBytes(maxBytes)}). Raccourcissez votre texte, puis réessayez.`,
      apiError: `Request body too large: at most ${maxBytes} bytes here.`,
    };
  }
  if (!isWrite(request.method) || acceptsType(rule, request.contentType)) return null;
  return {
    status: 415,
    title: "Format non pris en charge",
    text: "Cette adresse n’accepte que les formulaires du site. Réessayez depuis la page du formulaire.",
    apiError:
      "Unsupported Media Type: the API is read-only (GET); pages take form submissions only.",
  };
}

/** multipart/form-data needs its boundary (RFC 2046: 1 to 70 characters) to be read at all. */
const MULTIPART_BOUNDARY =
  /;\s*boundary=(?:"[0-9a-z'()+_,\-./:=? ]{1,70}"|[0-9a-z'()+_,\-./:=?]{1,70})\s*(?:;|$)/i;

function acceptsType(rule: BodyRule, contentType: string | undefined): boolean {
  if (rule.accepts === "any") return true;
  const [essence = ""] = (contentType ?? "").split(";");
  const type = essence.trim().toLowerCase();
  if (rule.accepts === "csp-report") {
    // report-uri sends application/csp-report; the Reporting API, reports+json.
    return ["application/csp-report", "application/reports+json", "application/json"].includes(
      type,
    );
  }
  if (type === "application/x-www-form-urlencoded") return true;
  return type === "multipart/form-data" && MULTIPART_BOUNDARY.test(contentType ?? "");
}

function formatBytes(bytes: number) {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} Mo` : `${bytes / 1024} Ko`;
}
