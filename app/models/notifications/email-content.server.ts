import type { NotificationType } from "#app/domain/notifications";
import { translate, type Translate } from "#app/i18n/i18n";
import { translateEmail, type EmailMessageKey } from "#app/i18n/emails.server";
import type { Locale } from "#app/i18n/messages";
import type { UnsubscribeScope } from "./email-settings.server";
import { notificationSentence, type NotificationView } from "./content.server";
import { publicUrl, type MailMessage } from "#app/server/mail.server";
import {
  emailButton,
  emailDocument,
  emailParagraph,
  emailStyles,
  escapeHtml,
} from "#app/server/email-templates.server";

type Recipient = { email: string; firstName: string; locale: Locale; unsubscribeToken: string };

/**
 * RFC 8058 one-click unsubscribe: mail providers show an "Unsubscribe" button
 * that POSTs `List-Unsubscribe=One-Click` to this address, without cookies.
 */
function unsubscribeHeaders(url: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${url}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

function unsubscribeUrl(recipient: Recipient, scope: UnsubscribeScope) {
  return publicUrl(
    `/desabonnement/${encodeURIComponent(recipient.unsubscribeToken)}?type=${scope}`,
  );
}

/** Why this email came, how to stop it, where to choose: in text and in HTML. */
function footer(
  locale: Locale,
  unsubscribe: { url: string; label: EmailMessageKey },
  settingsUrl: string,
) {
  const why = translateEmail(locale, "emails.footer.why");
  const stop = translateEmail(locale, unsubscribe.label);
  const settings = translateEmail(locale, "emails.footer.settings");
  const text = ["--", why, "", stop, unsubscribe.url, "", settings, settingsUrl];
  const link = (url: string, label: string) =>
    `<a href="${escapeHtml(url)}" style="${emailStyles.link}">${escapeHtml(label)}</a>`;
  const html = `<div style="${emailStyles.footer}">
<p style="${emailStyles.paragraph}">${escapeHtml(why)}</p>
<p style="${emailStyles.paragraph}">${link(unsubscribe.url, stop)} · ${link(settingsUrl, settings)}</p>
</div>`;
  return { text: text.join("\n"), html };
}

/** One email for one notification, sent as soon as it happens. */
export function notificationEmail(recipient: Recipient, view: NotificationView): MailMessage {
  const { locale } = recipient;
  const t: Translate = (key, params) => translate(locale, key, params);
  const sentence = notificationSentence(t, locale, view);
  const url = publicUrl(view.path);
  const unsubscribe = unsubscribeUrl(recipient, view.type);
  const end = footer(
    locale,
    { url: unsubscribe, label: "emails.footer.unsubscribeType" },
    publicUrl("/parametres/notifications"),
  );
  const greeting = translateEmail(locale, "email.greeting", { firstName: recipient.firstName });
  const button = translateEmail(locale, "emails.notification.button");
  const subject = sentence;
  const text = [greeting, "", sentence, "", button, url, "", end.text, ""].join("\n");
  const html = emailDocument({
    locale,
    subject,
    content: [
      emailParagraph(greeting),
      emailParagraph(sentence),
      emailButton(url, button),
      end.html,
    ].join("\n"),
  });
  return { to: recipient.email, subject, text, html, headers: unsubscribeHeaders(unsubscribe) };
}

/** How the digest groups its items, in this order: what is new near you comes first. */
const DIGEST_GROUPS: { heading: EmailMessageKey; types: NotificationType[] }[] = [
  { heading: "emails.digest.group.near", types: ["followed-question", "listing-deal"] },
  {
    heading: "emails.digest.group.posts",
    types: [
      "answer-on-my-question",
      "comment-on-my-question",
      "comment-on-my-answer",
      "answer-accepted",
      "thanks-received",
      "mention",
    ],
  },
  {
    heading: "emails.digest.group.other",
    types: ["message-received", "vouch-request", "moderation-decision"],
  },
];

/** The daily digest: every waiting item, grouped, each with its sentence and link. */
export function digestEmail(recipient: Recipient, views: NotificationView[]): MailMessage {
  const { locale } = recipient;
  const t: Translate = (key, params) => translate(locale, key, params);
  const subject = translateEmail(locale, "emails.digest.subject", { count: views.length });
  const unsubscribe = unsubscribeUrl(recipient, "digest");
  const end = footer(
    locale,
    { url: unsubscribe, label: "emails.footer.unsubscribeDigest" },
    publicUrl("/parametres/notifications"),
  );
  const greeting = translateEmail(locale, "email.greeting", { firstName: recipient.firstName });
  const intro = translateEmail(locale, "emails.digest.intro");
  const groups = DIGEST_GROUPS.map((group) => ({
    heading: translateEmail(locale, group.heading),
    items: views
      .filter((view) => group.types.includes(view.type))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((view) => ({
        sentence: notificationSentence(t, locale, view),
        url: publicUrl(view.path),
      })),
  })).filter((group) => group.items.length > 0);

  const text = [
    greeting,
    "",
    intro,
    "",
    ...groups.flatMap((group) => [
      group.heading,
      "",
      ...group.items.flatMap((item) => [`- ${item.sentence}`, `  ${item.url}`]),
      "",
    ]),
    end.text,
    "",
  ].join("\n");
  const html = emailDocument({
    locale,
    subject,
    content: [
      emailParagraph(greeting),
      emailParagraph(intro),
      ...groups.map(
        (group) => `<h2 style="${emailStyles.heading}">${escapeHtml(group.heading)}</h2>
<ul style="${emailStyles.list}">
${group.items
  .map(
    (item) =>
      `<li style="${emailStyles.item}"><a href="${escapeHtml(item.url)}" style="${emailStyles.link}">${escapeHtml(item.sentence)}</a></li>`,
  )
  .join("\n")}
</ul>`,
      ),
      end.html,
    ].join("\n"),
  });
  return { to: recipient.email, subject, text, html, headers: unsubscribeHeaders(unsubscribe) };
}
