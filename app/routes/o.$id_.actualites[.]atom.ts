import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "#app/server/not-found.server";
import { organisationPath } from "#app/domain/directory";
import { getOrganisationName } from "#app/models/news/listing-news.server";
import { newsAtomFeed } from "#app/models/news/atom.server";
import { newsOfListing } from "#app/models/news/read.server";
import { parsePostId } from "#app/models/questions/paths";
import { siteOrigin } from "#app/models/sitemap/sitemap.server";
import { getDb } from "#app/server/db.server";

/** /o/:id/actualites.atom: the Atom feed of a listing's news. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const db = getDb();
  const listing = getOrganisationName(db, parsePostId(params.id));
  if (!listing) throw notFound("listing");
  const xml = newsAtomFeed({
    origin: siteOrigin(request),
    title: `${listing.name} · Coup de main`,
    pagePath: organisationPath(listing),
    feedPath: `/o/${listing.id}/actualites.atom`,
    posts: newsOfListing(db, listing.id, 50),
  });
  return new Response(xml, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=300",
    },
  });
}
