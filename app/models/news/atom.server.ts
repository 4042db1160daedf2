import { Feed } from "feed";
import { byline, type NewsRow } from "./read.server";
import { newsPath } from "./paths";

/**
 * An Atom feed of news posts (RFC 4287), written by the `feed` library: a
 * feed reader follows a place (with its radius) or a listing. Each entry's
 * id is the post's URL, which never changes; the content is the post's
 * sanitized HTML; authors are shown as visitors see them (« Camille D. »).
 */
export function newsAtomFeed(options: {
  origin: string;
  title: string;
  /** The page the feed mirrors, and the feed's own address (both paths). */
  pagePath: string;
  feedPath: string;
  posts: NewsRow[];
}) {
  const { origin, posts } = options;
  const updated = posts[0]?.publishedAt ?? new Date(0);
  const feed = new Feed({
    id: `${origin}${options.feedPath}`,
    title: options.title,
    link: `${origin}${options.pagePath}`,
    language: "fr",
    updated,
    generator: "Coup de main",
    copyright: "",
    feedLinks: { atom: `${origin}${options.feedPath}` },
  });
  for (const post of posts) {
    const url = `${origin}${newsPath(post)}`;
    feed.addItem({
      id: url,
      link: url,
      title: post.title,
      date: post.publishedAt ?? post.createdAt,
      published: post.publishedAt ?? post.createdAt,
      content: post.bodyHtml,
      author: [{ name: byline(post) }],
    });
  }
  return feed.atom1();
}
