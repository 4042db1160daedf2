import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SitePageContent } from "#app/components/site-page";
import { sitePageLoader } from "#app/server/site-pages.server";

/** /confidentialite: linked from every page's footer. */
export const loader = ({ request }: LoaderFunctionArgs) => sitePageLoader(request, "privacy");

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.page.title} · Coup de main` : "Coup de main" },
];

export default function Privacy() {
  return <SitePageContent page={useLoaderData<typeof loader>().page} />;
}
