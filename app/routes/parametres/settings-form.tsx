import type { SubmissionResult } from "@conform-to/react";
import { useActionData } from "@remix-run/react";
import type { ReactNode } from "react";
import { z } from "zod";
import { useValidatedForm } from "#app/components/forms";
import { useTranslate, type Translate } from "#app/i18n/i18n";
import { LOCALES } from "#app/i18n/messages";
import { accountFields } from "#app/domain/account-forms";
import { PASSWORD_MAX_LENGTH } from "#app/domain/passwords";
import { PLACE_QUERY_MAX_LENGTH } from "#app/domain/places";

/**
 * Every form of the settings page, told apart by `intent`: one schema that
 * Conform runs in the browser and the action runs again on the server.
 */
export function settingsSchema(t: Translate) {
  const required = { required_error: t("form.required") };
  const { name, email, newPassword } = accountFields(t);
  return z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("name"), firstName: name, lastName: name }),
    z.object({ intent: z.literal("locale"), locale: z.enum(LOCALES, required) }),
    z.object({
      intent: z.literal("place"),
      placeQuery: z
        .string(required)
        .trim()
        .max(PLACE_QUERY_MAX_LENGTH, t("form.tooLong", { max: PLACE_QUERY_MAX_LENGTH })),
      placeCode: z.string().max(10).optional(),
    }),
    z.object({ intent: z.literal("email"), email }),
    z.object({
      intent: z.literal("password"),
      currentPassword: z.string(required).max(PASSWORD_MAX_LENGTH),
      password: newPassword,
    }),
    z.object({ intent: z.literal("revoke-session"), sessionId: z.string().max(100) }),
    z.object({ intent: z.literal("revoke-all") }),
    z.object({
      intent: z.literal("delete"),
      confirm: z.literal("yes", { errorMap: () => ({ message: t("settings.deleteMissing") }) }),
    }),
  ]);
}

export type SettingsIntent = z.infer<ReturnType<typeof settingsSchema>>["intent"];

/**
 * The changes that need the password typed lately (sudo mode), and the part
 * of the page each is in: the password page sends the member back there.
 */
export const SENSITIVE_SECTIONS = {
  email: "/parametres#email-title",
  delete: "/parametres#data-title",
} as const;

/** Passwords never travel back to the page, even when the form is refused. */
export const PASSWORD_FIELDS = ["currentPassword", "password"];

/** What the action answers: which form it is about, Conform's result for it, and the page's notice. */
export type SettingsReply = {
  intent: SettingsIntent | null;
  result?: SubmissionResult<string[]>;
  notice?: { ok: boolean; message: string };
};

/** One settings form: Conform validating with the page's schema, fed the action's reply when it is about this form. */
export function useSettingsForm(intent: SettingsIntent, defaultValue?: Record<string, string>) {
  const t = useTranslate();
  const reply = useActionData<SettingsReply>();
  return useValidatedForm(settingsSchema(t), {
    id: `settings-${intent}`,
    lastResult: reply?.intent === intent ? reply.result : undefined,
    defaultValue,
  });
}

/** One card of the page, named by its heading. */
export function SettingsCard({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Which form this is: the key of the schema's union, in the browser and on the server alike. */
export function IntentField({ intent }: { intent: SettingsIntent }) {
  return <input type="hidden" name="intent" value={intent} />;
}

export function SaveButton() {
  const t = useTranslate();
  return (
    <p>
      <button type="submit" className="button">
        {t("settings.save")}
      </button>
    </p>
  );
}
