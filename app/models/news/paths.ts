import { slugify } from "#app/domain/normalize";

/* How news posts are named in URLs (ADR 027). Browser-safe. */

export function newsSlug(title: string) {
  return slugify(title).slice(0, 80).replace(/-+$/, "") || "actualite";
}

export function newsPath(post: { id: number; slug: string }) {
  return `/actualites/${post.id}/${post.slug}`;
}
