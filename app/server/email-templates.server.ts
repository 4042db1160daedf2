import { translateEmail, type EmailMessageKey } from "#app/i18n/emails.server";
import { formatDayAndTime } from "#app/i18n/format";
import type { Locale } from "#app/i18n/messages";

export type EmailContent = { subject: string; text: string; html: string };

type LinkEmailParams = { locale: Locale; firstName: string; url: string };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** The email asking a new member to confirm their address. */
export function verifyEmailMessage(params: LinkEmailParams): EmailContent {
  return linkEmail(params, {
    subject: "email.verify.subject",
    intro: "email.verify.intro",
    button: "email.verify.button",
  });
}

/** The email with a link to choose a new password. */
export function resetPasswordMessage(params: LinkEmailParams): EmailContent {
  return linkEmail(params, {
    subject: "email.reset.subject",
    intro: "email.reset.intro",
    button: "email.reset.button",
  });
}

/**
 * To the old address, once a change of address is confirmed: what the new one
 * is, and a link to undo the change (valid `until`).
 */
export function emailChangedMessage({
  locale,
  firstName,
  newEmail,
  url,
  until,
}: LinkEmailParams & { newEmail: string; until: Date }): EmailContent {
  const subject = translateEmail(locale, "email.changed.subject");
  const greeting = translateEmail(locale, "email.greeting", { firstName });
  const intro = translateEmail(locale, "email.changed.intro", { email: newEmail });
  const undo = translateEmail(locale, "email.changed.undo", {
    until: formatDayAndTime(locale, until),
  });
  const button = translateEmail(locale, "email.changed.button");
  const itWasMe = translateEmail(locale, "email.changed.itWasMe");
  const signature = translateEmail(locale, "email.signature");
  const text = [greeting, "", intro, "", undo, "", url, "", itWasMe, "", signature, ""].join("\n");
  const html = emailDocument({
    locale,
    subject,
    content: [
      emailParagraph(greeting),
      emailParagraph(intro),
      emailParagraph(undo),
      emailButton(url, button),
      emailParagraph(itWasMe, emailStyles.muted),
      emailParagraph(signature),
    ].join("\n"),
  });
  return { subject, text, html };
}

/** Inline styles: many mail clients ignore <style> blocks. */
export const emailStyles = {
  body: "margin:0;padding:24px 12px;background-color:#f4f1ea;",
  card: "max-width:560px;margin:0 auto;padding:24px;background-color:#ffffff;border-radius:8px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2a27;",
  paragraph: "margin:0 0 16px;",
  heading: "margin:24px 0 8px;font-size:18px;line-height:1.3;",
  list: "margin:0 0 16px;padding-left:20px;",
  item: "margin:0 0 8px;",
  button:
    "display:inline-block;padding:12px 20px;background-color:#1d5c4d;color:#ffffff;font-weight:bold;text-decoration:none;border-radius:6px;",
  url: "margin:0 0 16px;font-size:14px;word-break:break-all;",
  link: "color:#1d5c4d;",
  muted: "margin:0 0 16px;font-size:14px;color:#55605c;",
  footer:
    "margin:24px 0 0;padding-top:16px;border-top:1px solid #d9d4c7;font-size:14px;color:#55605c;",
};

/**
 * The HTML document every email shares: a calm card on a light background.
 * `content` is HTML the caller built with escapeHtml for every value.
 */
export function emailDocument({
  locale,
  subject,
  content,
}: {
  locale: Locale;
  subject: string;
  content: string;
}): string {
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject)}</title>
</head>
<body style="${emailStyles.body}">
<div role="article" aria-label="${escapeHtml(subject)}" lang="${locale}" style="${emailStyles.card}">
${content}
</div>
</body>
</html>
`;
}

/** A paragraph of plain text, escaped. */
export function emailParagraph(text: string, style = emailStyles.paragraph): string {
  return `<p style="${style}">${escapeHtml(text)}</p>`;
}

/** The main link of an email: a button, then the address in full for clients that hide buttons. */
export function emailButton(url: string, label: string): string {
  const href = escapeHtml(url);
  return `<p style="${emailStyles.paragraph}"><a href="${href}" style="${emailStyles.button}">${escapeHtml(label)}</a></p>
<p style="${emailStyles.url}"><a href="${href}" style="${emailStyles.link}">${href}</a></p>`;
}

/** Greeting, an explanation, one link (as a button and in full), and the usual closing. */
function linkEmail(
  { locale, firstName, url }: LinkEmailParams,
  keys: { subject: EmailMessageKey; intro: EmailMessageKey; button: EmailMessageKey },
): EmailContent {
  const subject = translateEmail(locale, keys.subject);
  const greeting = translateEmail(locale, "email.greeting", { firstName });
  const intro = translateEmail(locale, keys.intro);
  const button = translateEmail(locale, keys.button);
  const ignore = translateEmail(locale, "email.ignore");
  const signature = translateEmail(locale, "email.signature");

  const text = [greeting, "", intro, "", url, "", ignore, "", signature, ""].join("\n");

  const html = emailDocument({
    locale,
    subject,
    content: [
      emailParagraph(greeting),
      emailParagraph(intro),
      emailButton(url, button),
      emailParagraph(ignore, emailStyles.muted),
      emailParagraph(signature),
    ].join("\n"),
  });
  return { subject, text, html };
}
