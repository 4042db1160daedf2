import { Form, Link } from "@remix-run/react";
import { useTranslate } from "#app/i18n/i18n";

/**
 * « Suivre Donges » / « Ne plus suivre Donges » on a place page: a plain
 * POST form (it works without JavaScript); visitors are asked to sign in first.
 */
export function FollowPlaceForm({
  place,
  signedIn,
  following,
}: {
  place: { name: string; slug: string };
  signedIn: boolean;
  following: { radiusKm: number } | null;
}) {
  const t = useTranslate();
  if (!signedIn) {
    return (
      <p className="follow-place">
        <Link
          to={`/connexion?redirectTo=${encodeURIComponent(`/p/${place.slug}`)}`}
          className="button button--secondary"
        >
          {t("place.follow", { place: place.name })}
        </Link>
      </p>
    );
  }
  return (
    <Form method="post" action={`/p/${place.slug}/suivre`} className="follow-place">
      {following ? (
        <p className="muted">
          {following.radiusKm === 0
            ? t("place.following", { place: place.name })
            : t("place.followingAround", { place: place.name, radius: following.radiusKm })}
        </p>
      ) : null}
      <button
        type="submit"
        name="intent"
        value={following ? "unfollow" : "follow"}
        className={following ? "button button--secondary" : "button"}
      >
        {t(following ? "place.unfollow" : "place.follow", { place: place.name })}
      </button>
    </Form>
  );
}
