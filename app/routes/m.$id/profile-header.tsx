import { Link } from "@remix-run/react";
import { Avatar } from "#app/components/avatar";
import { BlockForm } from "#app/components/block-form";
import { SkillList } from "#app/components/skill-list";
import { FlagLink } from "#app/components/flag-link";
import { useLocale, useTranslate } from "#app/i18n/i18n";
import { formatMonth } from "#app/i18n/format";
import type { ProfilePageData } from "./profile.server";

/** Who the member is: name, badge, place, since when, who vouched for them; and a way to write or report. */
export function ProfileHeader({ profile }: { profile: ProfilePageData }) {
  const t = useTranslate();
  const locale = useLocale();
  const since = formatMonth(locale, profile.memberSince);
  return (
    <header className="place-header">
      <div className="profile-identity">
        <Avatar person={profile} size="large" />
        <h1 id="member-name">{profile.name}</h1>
      </div>
      {profile.badge ? (
        <p>
          <span className="badge">
            {t(`badge.verified.${profile.badge.style}`, { place: profile.badge.place })}
          </span>
        </p>
      ) : (
        <p className="muted">{t("profile.notVerified")}</p>
      )}
      <ul className="facts">
        {profile.place ? (
          <li>
            {t("profile.livesIn", { place: "" })}
            <Link to={`/p/${profile.place.slug}`}>{profile.place.name}</Link>
          </li>
        ) : null}
        <li>{t("profile.memberSince", { date: since })}</li>
      </ul>
      <HelpProfile help={profile.help} />
      {profile.vouchers.length ? (
        <p className="muted">
          {t("verification.vouchedBy", { names: profile.vouchers.map((v) => v.name).join(", ") })}
        </p>
      ) : null}
      {profile.canFlag ? (
        <p className="post-links">
          <FlagLink targetType="member" targetId={profile.id} />
        </p>
      ) : null}
      {profile.isSelf ? (
        <p>
          {t("profile.you")}{" "}
          {!profile.badge ? (
            <Link to="/verification">{t("verification.myProfileLink")}</Link>
          ) : null}
        </p>
      ) : null}
      {profile.messaging ? (
        <div className="profile-messaging">
          {profile.messaging.blockedByMe ? (
            <BlockForm
              memberId={profile.id}
              name={profile.name}
              blocked
              redirectTo={`/m/${profile.id}`}
            />
          ) : (
            <p>
              <Link
                to={`/messages/nouveau?a=${encodeURIComponent(profile.id)}`}
                className="button button--secondary"
              >
                {t("messages.write", { name: profile.name })}
              </Link>
            </p>
          )}
        </div>
      ) : null}
    </header>
  );
}

/** What the member said about themself and can help with. */
function HelpProfile({ help }: { help: ProfilePageData["help"] }) {
  const t = useTranslate();
  if (!help.bio && !help.skills.length && !help.tags.length) return null;
  return (
    <>
      {help.bio ? (
        <p className="profile-bio" aria-label={t("profile.about")}>
          {help.bio}
        </p>
      ) : null}
      {help.skills.length || help.tags.length ? (
        <SkillList label={t("profile.canHelpWith")} skills={[...help.skills, ...help.tags]} />
      ) : null}
    </>
  );
}
