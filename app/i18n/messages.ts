/**
 * What a message is, and which languages there are. The text itself lives in
 * one catalogue per language (catalogue.fr.ts, the reference, and
 * catalogue.en.ts, typed to have every French key), so that the browser
 * downloads only its reader's language; the emails' text is server-only
 * (emails.server.ts).
 */
import type { fr } from "#app/i18n/catalogue.fr";

export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";

/**
 * Words that follow a number: "1 vote", "2 votes". `Intl.PluralRules` of the
 * locale picks the form for the number in the `count` parameter, or in the one
 * `by` names. French says "0 vote" (0 and 1 are both "one"), English "0 votes".
 * A form a language has but the message lacks ("many": French millions) reads
 * as `other`.
 */
export type PluralMessage = {
  readonly by?: string;
  readonly one: string;
  readonly other: string;
} & { readonly [form in Exclude<Intl.LDMLPluralRule, "one" | "other">]?: string };

/** A sentence with `{name}` placeholders, or its plural forms. */
export type Message = string | PluralMessage;

export type MessageKey = keyof typeof fr;

/** Another language's version of French messages: every key, plural where French is. */
export type Translation<French> = {
  readonly [Key in keyof French]: French[Key] extends string ? string : PluralMessage;
};

/** A whole catalogue of the site's messages, in one language. */
export type Catalogue = Translation<typeof fr>;
