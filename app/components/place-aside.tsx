import { Form, Link } from "@remix-run/react";
import { useTranslate } from "#app/i18n/i18n";
import { useSubmitOnChange } from "#app/components/auto-submit";

/** How many neighbouring places show before « Voir les autres »: the side column stays short. */
const NEIGHBOURS_IN_VIEW = 8;

type Neighbour = {
  code: string;
  slug: string;
  name: string;
  distanceKm: number;
  approximate: boolean;
};

/** The places around, within a radius applied as soon as it is chosen. */
export function NeighbourPlaces({
  approximate,
  radiusKm,
  radiusChoices,
  neighbours,
  neighbourCount,
}: {
  approximate: boolean;
  radiusKm: number;
  radiusChoices: readonly number[];
  neighbours: Neighbour[];
  neighbourCount: number;
}) {
  const t = useTranslate();
  const { needsButton, onChange } = useSubmitOnChange();
  const item = (neighbour: Neighbour) => (
    <li key={neighbour.code}>
      <Link to={`/p/${neighbour.slug}`}>{neighbour.name}</Link>
      <span className="neighbour-list__distance">
        {t(approximate || neighbour.approximate ? "place.distanceApprox" : "place.distance", {
          distance: neighbour.distanceKm,
        })}
      </span>
    </li>
  );
  const inView = neighbours.slice(0, NEIGHBOURS_IN_VIEW);
  const folded = neighbours.slice(NEIGHBOURS_IN_VIEW);
  return (
    <section className="card" aria-labelledby="neighbours-title">
      <h2 id="neighbours-title">{t("place.neighbours")}</h2>
      <Form method="get" className="radius-form" preventScrollReset>
        <label htmlFor="radius">{t("place.radius")}</label>
        <select id="radius" name="radius" defaultValue={radiusKm} onChange={onChange}>
          {radiusChoices.map((km) => (
            <option key={km} value={km}>
              {t("place.neighboursWithin", { radius: km })}
            </option>
          ))}
        </select>
        {needsButton ? (
          <button type="submit" className="button button--secondary button--small">
            {t("place.radiusApply")}
          </button>
        ) : null}
      </Form>
      {approximate ? <p className="muted">{t("place.approximateNote")}</p> : null}
      {neighbours.length === 0 ? (
        <p>{t("place.noNeighbours", { radius: radiusKm })}</p>
      ) : (
        <>
          <ol className="neighbour-list">{inView.map(item)}</ol>
          {folded.length ? (
            <details className="neighbour-more">
              <summary>{t("place.showMoreNeighbours", { count: folded.length })}</summary>
              <ol className="neighbour-list">{folded.map(item)}</ol>
            </details>
          ) : null}
        </>
      )}
      {neighbourCount > neighbours.length ? (
        <p className="muted">
          {t("place.moreNeighbours", { count: neighbourCount - neighbours.length })}
        </p>
      ) : null}
    </section>
  );
}

/** The members of the place who helped most, and the way to the whole ranking. */
export function PlaceHelpers({
  place,
  helpers,
}: {
  place: { name: string; slug: string };
  helpers: { id: string; name: string; points: number }[];
}) {
  const t = useTranslate();
  return (
    <section className="card" aria-labelledby="helpers-title">
      <h2 id="helpers-title">{t("place.helpers")}</h2>
      {helpers.length === 0 ? (
        <p className="muted">{t("place.noHelpers", { place: place.name })}</p>
      ) : (
        <ol className="helper-list">
          {helpers.map((helper) => (
            <li key={helper.id}>
              <Link to={`/m/${helper.id}`}>{helper.name}</Link>
              <span className="muted">{t("leaderboard.points", { count: helper.points })}</span>
            </li>
          ))}
        </ol>
      )}
      <p>
        <Link to={`/p/${place.slug}/entraideurs`}>
          {t("list.leaderboard", { place: place.name })}
        </Link>
      </p>
    </section>
  );
}
