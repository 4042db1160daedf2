/**
 * The shape of a footer page (about, legal notice, privacy, contact): its
 * texts are server-only (site-pages.server.ts), the page component renders
 * this shape. `[words](/path)` in a paragraph is a link.
 */
export type SitePageSection = { heading: string; paragraphs: string[] };
export type SitePage = { title: string; lead: string; sections: SitePageSection[] };
