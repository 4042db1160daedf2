import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslate, translate } from "#app/i18n/i18n";
import { getLocale } from "#app/server/locale.server";
import type { MessageKey } from "#app/i18n/messages";
import { MODERATION_RULES } from "#app/domain/moderation";

/** GET /moderation/regles: the public summary of docs/moderation.md, in the reader's language. */
export async function loader({ request }: LoaderFunctionArgs) {
  return { locale: await getLocale(request) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translate(data?.locale ?? "fr", "rules.title")} · Coup de main` },
];

const SECTIONS: [MessageKey, MessageKey][] = [
  ["rules.flagsTitle", "rules.flags"],
  ["rules.whoTitle", "rules.who"],
  ["rules.authorTitle", "rules.author"],
  ["rules.logTitle", "rules.log"],
  ["rules.newMembersTitle", "rules.newMembers"],
  ["rules.privateTitle", "rules.private"],
];

export default function ModerationRules() {
  const t = useTranslate();
  return (
    <article className="stack prose-page" aria-labelledby="rules-title">
      <h1 id="rules-title">{t("rules.title")}</h1>
      <p>{t("rules.intro")}</p>
      <section aria-labelledby="rules-list-title">
        <h2 id="rules-list-title">{t("rules.rulesTitle")}</h2>
        <ul>
          {MODERATION_RULES.map((rule) => (
            <li key={rule}>{t(`rules.rule.${rule}`)}</li>
          ))}
        </ul>
      </section>
      {SECTIONS.map(([title, text]) => (
        <section key={title} aria-labelledby={title}>
          <h2 id={title}>{t(title)}</h2>
          <p>{t(text)}</p>
        </section>
      ))}
    </article>
  );
}
