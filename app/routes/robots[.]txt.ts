import type { LoaderFunctionArgs } from "@remix-run/node";
import { siteOrigin } from "#app/models/sitemap/sitemap.server";

/**
 * Pages only a member, an admin or a developer has any use for. Search result
 * pages too: they are endless variations of the question pages themselves.
 */
const PRIVATE_PATHS = [
  "/parametres",
  "/admin",
  "/ambassadeur",
  "/dev/",
  "/apercu",
  "/api/",
  "/demander",
  "/deconnexion",
  "/verifier-email",
  "/reinitialiser-mot-de-passe",
  "/search",
  "/q/*/modifier",
  "/q/*/historique",
  "/reponses/",
];

/** /robots.txt: everything public may be crawled; the sitemap lists what is worth it. */
export function loader({ request }: LoaderFunctionArgs) {
  const body = [
    "User-agent: *",
    "Allow: /",
    ...PRIVATE_PATHS.map((path) => `Disallow: ${path}`),
    "",
    `Sitemap: ${siteOrigin(request)}/sitemap.xml`,
    "",
  ].join("\n");
  return new Response(body, {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "public, max-age=86400",
    },
  });
}
