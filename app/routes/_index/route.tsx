import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { PlaceChooser } from "#app/components/place-chooser";
import { translate, useTranslate } from "#app/i18n/i18n";
import { defineAction } from "#app/server/actions.server";
import { getUser } from "#app/server/auth.server";
import { getLocale } from "#app/server/locale.server";
import { forgetVisitorPlace } from "#app/server/visitor-place.server";
import { AroundMe } from "./around-me";
import { homePage } from "./home.server";

/**
 * `/`: « Autour de moi », what is new around the member's home, the
 * visitor's chosen commune or the reader's position (`?lat=…&lng=…`, from
 * « Près de moi »); the commune chooser when none is known.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const locale = await getLocale(request);
  return { locale, signedIn: Boolean(user), home: await homePage(request, user, locale) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const locale = data?.locale ?? "fr";
  if (!data?.home) return [{ title: translate(locale, "app.name") }];
  const place = data.home.centre.place;
  const title = place
    ? translate(locale, "home.around.titleOf", { place: place.name })
    : translate(locale, "home.around.title");
  // A personal page: search engines index the place pages instead.
  return [
    { title: `${title} · ${translate(locale, "app.name")}` },
    { name: "robots", content: "noindex, follow" },
  ];
};

/** POST /: a visitor forgets their chosen commune (the home page offers the chooser again). */
export const action = defineAction({ limit: "visitorPlace", body: "ignored" }, async () =>
  redirect("/", { status: 303, headers: { "Set-Cookie": await forgetVisitorPlace() } }),
);

export default function Home() {
  const { home } = useLoaderData<typeof loader>();
  const t = useTranslate();
  if (home) return <AroundMe {...home} />;
  return (
    <div className="home">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t("home.title")}</h1>
        <p className="lead">{t("home.intro")}</p>
      </section>
      <section className="card" aria-labelledby="choose-place">
        <h2 id="choose-place">{t("home.choosePlace")}</h2>
        <PlaceChooser />
      </section>
    </div>
  );
}
