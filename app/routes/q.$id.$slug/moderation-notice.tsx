import { Link } from "@remix-run/react";
import { useTranslate } from "#app/i18n/i18n";
import { MODERATION_RULES, type ModerationRule } from "#app/domain/moderation";

type Moderation = {
  state: "pending-review" | "hidden" | "deleted";
  rule: string;
  reason: string | null;
  mine: boolean;
} | null;

/**
 * Why moderation removed a post, in place, for its author (and moderators):
 * « Votre réponse a été masquée par la modération (règle : spam). Motif : … »
 */
export function ModerationNotice({
  postType,
  moderation,
}: {
  postType: "question" | "answer";
  moderation: Moderation;
}) {
  const t = useTranslate();
  if (!moderation) return null;
  const known = (MODERATION_RULES as readonly string[]).includes(moderation.rule);
  const rule = known ? t(`moderation.rule.${moderation.rule as ModerationRule}`) : moderation.rule;
  const whose = moderation.mine ? "mine" : "others";
  return (
    <div className="notice notice--error moderation-notice" role="note">
      <p>{t(`moderation.notice.${moderation.state}.${postType}.${whose}`, { rule })}</p>
      {moderation.reason ? (
        <p>{t("moderation.notice.reason", { reason: moderation.reason })}</p>
      ) : null}
      <p>
        <Link to="/moderation/regles">{t("moderation.rulesLink")}</Link>
      </p>
    </div>
  );
}
