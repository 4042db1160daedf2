import type { LoaderFunctionArgs } from "@remix-run/node";
import {
  parseSitemapName,
  siteOrigin,
  sitemapFileEntries,
  urlsetXml,
  xmlResponse,
} from "#app/models/sitemap/sitemap.server";
import { getDb } from "#app/server/db.server";

/** /sitemaps/questions-<n>.xml and /sitemaps/places-<n>.xml: the files of the sitemap index. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const file = parseSitemapName(params.name ?? "");
  const entries = file ? sitemapFileEntries(getDb(), file.section, file.page) : null;
  if (!entries) {
    // A sitemap is read by search engines: an empty set of addresses, still XML.
    return new Response(urlsetXml(siteOrigin(request), []), {
      status: 404,
      headers: { "Content-Type": "application/xml; charset=utf-8" },
    });
  }
  return xmlResponse(urlsetXml(siteOrigin(request), entries));
}
