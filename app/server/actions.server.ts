import type { ActionFunctionArgs } from "@remix-run/node";
import { getUser } from "./auth.server";
import { getDb } from "./db.server";
import { getTranslator } from "./locale.server";
import {
  hitActionLimit,
  rateLimitInit,
  rateLimitMessage,
  type ActionLimitName,
} from "./rate-limit.server";
import { clientIp } from "./request.server";
import { BrokenUpload, isMultipart, readUploadForm, type Uploads } from "./uploads.server";

/**
 * Every route action is made here (ADR 016), so that none can forget what
 * all must do before their own work:
 *
 * 1. read the form once (`readForm`): a body that is not a form, or a
 *    broken one, is a 400 with the usual French message, never a 500;
 * 2. know its intent: an action with several declares each one, and a
 *    request with another intent (or none) is a 400;
 * 3. count the request against the intent's limit (ACTION_LIMITS), per member
 *    and per IP: over it, a 429 with Retry-After and "Réessayez dans … min".
 *
 * An action that takes photos declares `body: "multipart"` and its file
 * field: a multipart body is then streamed by app/server/uploads.server.ts
 * (each file to a temporary file, within its limits, removed when the
 * action ends) instead of read whole; its text fields pass the same checks.
 *
 * Refusals are thrown Responses, in the words the route's callers read
 * (`reply`): a page shows `{ message }` in its ErrorBoundary, a JSON
 * endpoint gets `{ "error": … }`, a resource route that forms post to
 * (it has no page to show an error in) answers the sentence as plain text.
 * app/routes.test.ts checks that every route's action was made here, with a
 * limit for each intent its forms send.
 */
export type Reply = "page" | "json" | "text";

export type ActionSpec<Intent extends string> = {
  /** How refusals are answered (see above): "page" by default. */
  reply?: Reply;
} & (
  | {
      /** One purpose, one limit. */
      limit: ActionLimitName;
      intents?: never;
    }
  | {
      /** The form's `intent` field, each with its limit. */
      intents: Record<Intent, ActionLimitName>;
      limit?: never;
    }
) &
  (
    | {
        /** "ignored": the action never reads the body (a button, a mail provider's POST). */
        body?: "form" | "ignored";
        files?: never;
      }
    | {
        /** A form that may carry files, in the field `files` (see above). */
        body: "multipart";
        files: string;
      }
  );

export type FormActionArgs<Intent extends string> = ActionFunctionArgs & {
  /** The request's form, already read (empty when the body is ignored). */
  form: FormData;
  /** The declared intent the form names, or null for a one-purpose action. */
  intent: Intent | null;
  /** The files a multipart action received (none for the others). */
  uploads: Uploads;
};

/** No form of the site has a tenth of this; a thousand fields is a script. */
export const MAX_FORM_FIELDS = 200;

const specs = new WeakMap<object, ActionSpec<string>>();

/** The limits an action declared, or undefined for a function not made by defineAction. */
export function declaredLimits(action: unknown): ActionSpec<string> | undefined {
  return typeof action === "function" ? specs.get(action) : undefined;
}

export function defineAction<Result, Intent extends string = never>(
  spec: ActionSpec<Intent>,
  handler: (args: FormActionArgs<Intent>) => Promise<Result>,
): (args: ActionFunctionArgs) => Promise<Result> {
  const reply = spec.reply ?? "page";
  const action = async (args: ActionFunctionArgs) => {
    const { request, context } = args;
    const { form, uploads, cleanup } = await readBody(request, spec, reply);
    try {
      const intent = spec.intents ? intentOf(form, spec.intents) : null;
      if (spec.intents && intent === null) throw await refusal(request, reply, 400);
      const name = intent === null ? spec.limit! : spec.intents![intent];
      const user = await getUser(request);
      const hit = hitActionLimit(getDb(), name, {
        memberId: user?.id ?? null,
        ip: clientIp(context),
      });
      if (!hit.allowed) throw await refusal(request, reply, 429, hit.retryAfterSeconds);
      return await handler({ ...args, form, intent, uploads });
    } finally {
      cleanup();
    }
  };
  specs.set(action, spec);
  return action;
}

const NO_UPLOADS: Uploads = Object.freeze({ files: [], tooManyFiles: false });

/** The body as the spec declares it: a form, nothing, or a form with files streamed to disk. */
async function readBody(request: Request, spec: ActionSpec<string>, reply: Reply) {
  const none = { uploads: NO_UPLOADS, cleanup() {} };
  if (spec.body === "ignored") return { form: new FormData(), ...none };
  if (spec.body !== "multipart" || !isMultipart(request)) {
    return { form: await readForm(request, reply), ...none };
  }
  let upload;
  try {
    upload = await readUploadForm(request, spec.files);
  } catch (error) {
    if (error instanceof BrokenUpload) throw await refusal(request, reply, 400);
    throw error;
  }
  const { formData, cleanup, ...uploads } = upload;
  try {
    await checkFields(formData, request, reply);
  } catch (error) {
    cleanup();
    throw error;
  }
  return { form: formData, uploads, cleanup };
}

/**
 * A list index in a field name (`tags[3]`) that no form of this size can
 * have. Conform reads `a[999999999]` as an array of a billion slots, and
 * copying it back into the page took the server's memory and CPU for
 * minutes (found by the fuzz).
 */
function outOfRangeIndex(name: string) {
  for (const [, index] of name.matchAll(/\[(\d+)\]/g)) {
    if (Number(index) >= MAX_FORM_FIELDS) return true;
  }
  return false;
}

/**
 * The request's form: URL-encoded or multipart, text fields only. Anything
 * else (JSON, plain text, a multipart body with a broken boundary, a file,
 * a flood of fields, a list index beyond them) is refused with a 400 thrown
 * for the ErrorBoundary.
 */
export async function readForm(request: Request, reply: Reply = "page") {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw await refusal(request, reply, 400);
  }
  await checkFields(form, request, reply);
  return form;
}

/** Text fields only, not too many, no list index beyond them: else a 400. */
async function checkFields(form: FormData, request: Request, reply: Reply) {
  let fields = 0;
  for (const [name, value] of form) {
    fields += 1;
    if (typeof value !== "string" || fields > MAX_FORM_FIELDS || outOfRangeIndex(name)) {
      throw await refusal(request, reply, 400);
    }
  }
}

function intentOf<Intent extends string>(form: FormData, intents: Record<Intent, unknown>) {
  const sent = form.get("intent");
  return typeof sent === "string" && Object.hasOwn(intents, sent) ? (sent as Intent) : null;
}

async function refusal(request: Request, reply: Reply, status: 400 | 429, retryAfterSeconds = 0) {
  const { t } = await getTranslator(request);
  const message = status === 429 ? rateLimitMessage(t, retryAfterSeconds) : t("form.invalid");
  const headers = new Headers(status === 429 ? rateLimitInit(retryAfterSeconds).headers : {});
  headers.set("Cache-Control", "no-store");
  if (reply === "text") {
    headers.set("Content-Type", "text/plain; charset=utf-8");
    return new Response(message, { status, headers });
  }
  return Response.json(reply === "json" ? { error: message } : { message }, { status, headers });
}
