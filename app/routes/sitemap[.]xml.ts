import type { LoaderFunctionArgs } from "@remix-run/node";
import {
  allSitemapEntries,
  siteOrigin,
  sitemapCounts,
  sitemapFiles,
  sitemapIndexXml,
  urlsetXml,
  xmlResponse,
} from "#app/models/sitemap/sitemap.server";
import { getDb } from "#app/server/db.server";

/**
 * /sitemap.xml: every live question page and every place page that has
 * questions; an index of /sitemaps/*.xml once they are too many for one file.
 */
export function loader({ request }: LoaderFunctionArgs) {
  const db = getDb();
  const origin = siteOrigin(request);
  const files = sitemapFiles(sitemapCounts(db));
  return xmlResponse(
    files ? sitemapIndexXml(origin, files) : urlsetXml(origin, allSitemapEntries(db)),
  );
}
