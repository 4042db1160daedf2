import { asc, count, eq, isNull, max, sql } from "drizzle-orm";
import type { AppDatabase } from "#db/client";
import { places, questions } from "#db/schema";
import { getEnv } from "#app/server/env.server";
import { questionPath } from "#app/models/questions/paths";

/**
 * Sitemaps for search engines (sitemaps.org): the pages of the live questions
 * and of the places that have some. The protocol allows 50,000 URLs a file;
 * past 45,000 (room to grow between crawls) /sitemap.xml becomes an index of
 * /sitemaps/questions-<n>.xml and /sitemaps/places-<n>.xml.
 */
export const SITEMAP_MAX_URLS = 45_000;

export type SitemapEntry = { path: string; lastmod?: Date | null };
export type SitemapSection = "questions" | "places";

/** Where the site lives for the outside world: PUBLIC_URL, else the origin the request came to. */
export function siteOrigin(request: Request) {
  return (getEnv().PUBLIC_URL ?? new URL(request.url).origin).replace(/\/+$/, "");
}

const liveQuestions = isNull(questions.deletedAt);

export function sitemapCounts(db: AppDatabase) {
  const questionCount = db.select({ n: count() }).from(questions).where(liveQuestions).get()!.n;
  const placeCount = db
    .select({ n: sql<number>`count(DISTINCT ${questions.placeId})` })
    .from(questions)
    .where(liveQuestions)
    .get()!.n;
  return { questionCount, placeCount };
}

/** The live questions, oldest first, so each file of the index keeps its share. */
export function questionEntries(db: AppDatabase, offset = 0, limit = -1): SitemapEntry[] {
  return db
    .select({ id: questions.id, slug: questions.slug, lastmod: questions.lastActivityAt })
    .from(questions)
    .where(liveQuestions)
    .orderBy(asc(questions.id))
    .limit(limit)
    .offset(offset)
    .all()
    .map((row) => ({ path: questionPath(row), lastmod: row.lastmod }));
}

/** The places with live questions; lastmod is their latest activity. */
export function placeEntries(db: AppDatabase, offset = 0, limit = -1): SitemapEntry[] {
  return db
    .select({ slug: places.slug, lastmod: max(questions.lastActivityAt) })
    .from(questions)
    .innerJoin(places, eq(places.id, questions.placeId))
    .where(liveQuestions)
    .groupBy(places.id)
    .orderBy(asc(places.id))
    .limit(limit)
    .offset(offset)
    .all()
    .map((row) => ({ path: `/p/${row.slug}`, lastmod: row.lastmod }));
}

/** The file names of the index, when one is needed; null when a single sitemap holds everything. */
export function sitemapFiles(
  counts: { questionCount: number; placeCount: number },
  maxUrls = SITEMAP_MAX_URLS,
) {
  // +1: the home page travels with the places.
  if (counts.questionCount + counts.placeCount + 1 <= maxUrls) return null;
  const files: string[] = [];
  const placeFiles = Math.max(1, Math.ceil((counts.placeCount + 1) / maxUrls));
  for (let n = 1; n <= placeFiles; n++) files.push(`places-${n}.xml`);
  const questionFiles = Math.ceil(counts.questionCount / maxUrls);
  for (let n = 1; n <= questionFiles; n++) files.push(`questions-${n}.xml`);
  return files;
}

/** "questions-3.xml" → its section and page, or null for any other name. */
export function parseSitemapName(name: string): { section: SitemapSection; page: number } | null {
  const match = /^(questions|places)-([1-9]\d{0,5})\.xml$/.exec(name);
  return match ? { section: match[1] as SitemapSection, page: Number(match[2]) } : null;
}

/** One file of the index: its entries, or null when the index has no such file. */
export function sitemapFileEntries(
  db: AppDatabase,
  section: SitemapSection,
  page: number,
  maxUrls = SITEMAP_MAX_URLS,
): SitemapEntry[] | null {
  const files = sitemapFiles(sitemapCounts(db), maxUrls);
  if (!files?.includes(`${section}-${page}.xml`)) return null;
  if (section === "questions") return questionEntries(db, (page - 1) * maxUrls, maxUrls);
  // The home page takes the first place of the first file.
  const offset = page === 1 ? 0 : (page - 1) * maxUrls - 1;
  const entries = placeEntries(db, offset, page === 1 ? maxUrls - 1 : maxUrls);
  return page === 1 ? [{ path: "/" }, ...entries] : entries;
}

export function allSitemapEntries(db: AppDatabase): SitemapEntry[] {
  return [{ path: "/" }, ...placeEntries(db), ...questionEntries(db)];
}

export function xmlEscape(text: string) {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export function urlsetXml(origin: string, entries: SitemapEntry[]) {
  const urls = entries.map((entry) => {
    const lastmod = entry.lastmod ? `<lastmod>${entry.lastmod.toISOString()}</lastmod>` : "";
    return `<url><loc>${xmlEscape(origin + entry.path)}</loc>${lastmod}</url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}

export function sitemapIndexXml(origin: string, files: string[]) {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...files.map(
      (file) => `<sitemap><loc>${xmlEscape(`${origin}/sitemaps/${file}`)}</loc></sitemap>`,
    ),
    "</sitemapindex>",
    "",
  ].join("\n");
}

export function xmlResponse(body: string) {
  return new Response(body, {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
    },
  });
}
