import { translate } from "#app/i18n/i18n";
import type { Locale, MessageKey } from "#app/i18n/messages";

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

const styles = {
  body: "margin:0;padding:24px 12px;background-color:#f4f1ea;",
  card: "max-width:560px;margin:0 auto;padding:24px;background-color:#ffffff;border-radius:8px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2a27;",
  paragraph: "margin:0 0 16px;",
  button:
    "display:inline-block;padding:12px 20px;background-color:#1d5c4d;color:#ffffff;font-weight:bold;text-decoration:none;border-radius:6px;",
  url: "margin:0 0 16px;font-size:14px;word-break:break-all;",
  link: "color:#1d5c4d;",
  muted: "margin:0 0 16px;font-size:14px;color:#55605c;",
};

/** Greeting, an explanation, one link (as a button and in full), and the usual closing. */
function linkEmail(
  { locale, firstName, url }: LinkEmailParams,
  keys: { subject: MessageKey; intro: MessageKey; button: MessageKey },
): EmailContent {
  const subject = translate(locale, keys.subject);
  const greeting = translate(locale, "email.greeting", { firstName });
  const intro = translate(locale, keys.intro);
  const button = translate(locale, keys.button);
  const ignore = translate(locale, "email.ignore");
  const signature = translate(locale, "email.signature");

  const text = [greeting, "", intro, "", url, "", ignore, "", signature, ""].join("\n");

  const href = escapeHtml(url);
  const html = `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject)}</title>
</head>
<body style="${styles.body}">
<div role="article" aria-label="${escapeHtml(subject)}" lang="${locale}" style="${styles.card}">
<p style="${styles.paragraph}">${escapeHtml(greeting)}</p>
<p style="${styles.paragraph}">${escapeHtml(intro)}</p>
<p style="${styles.paragraph}"><a href="${href}" style="${styles.button}">${escapeHtml(button)}</a></p>
<p style="${styles.url}"><a href="${href}" style="${styles.link}">${href}</a></p>
<p style="${styles.muted}">${escapeHtml(ignore)}</p>
<p style="${styles.paragraph}">${escapeHtml(signature)}</p>
</div>
</body>
</html>
`;
  return { subject, text, html };
}
