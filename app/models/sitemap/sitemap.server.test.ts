import { afterAll, describe, expect, it } from "vitest";
import { copyPlacesDatabase } from "#test/databases";
import { deletePost } from "#app/models/questions/removal.server";
import { insertQuestion } from "#app/models/questions/ask.server";
import {
  allSitemapEntries,
  parseSitemapName,
  sitemapCounts,
  sitemapFileEntries,
  sitemapFiles,
  sitemapIndexXml,
  urlsetXml,
} from "./sitemap.server";
import { memberFactory } from "#test/members";
import { embeddedStore } from "#test/store";

const db = copyPlacesDatabase();
const store = embeddedStore(db);
afterAll(() => db.$client.close());
const placeId = (code: string) =>
  db.$client.prepare("SELECT id FROM places WHERE code = ?").pluck().get(code) as number;
const member = memberFactory(db);
const asker = member(placeId("44052"));

function ask(code: string, title: string) {
  return insertQuestion(store, {
    authorId: asker.id,
    placeId: placeId(code),
    kind: "question",
    category: "autre",
    title,
    body: "Merci d’avance.",
    tags: [],
  });
}

const donges = ask("44052", "Qui connaît un bon plombier à Donges ?");
const montoir = ask("44103", "Une crèche avec des places à Montoir ?");
const removed = ask("44052", "Une question supprimée ensuite");
deletePost(store, asker, "question", removed.id);

describe("the sitemap", () => {
  it("lists the home page, the places with questions and the live questions", () => {
    const paths = allSitemapEntries(db).map((entry) => entry.path);
    expect(paths).toEqual([
      "/",
      "/p/donges-44480",
      "/p/montoir-de-bretagne-44550",
      `/q/${donges.id}/${donges.slug}`,
      `/q/${montoir.id}/${montoir.slug}`,
    ]);
    expect(paths.some((path) => path.startsWith(`/q/${removed.id}/`))).toBe(false);
  });

  it("gives each question its last activity as lastmod", () => {
    const entry = allSitemapEntries(db).find((e) => e.path.startsWith(`/q/${donges.id}/`));
    expect(entry?.lastmod).toBeInstanceOf(Date);
    expect(Math.abs(entry!.lastmod!.getTime() - Date.now())).toBeLessThan(60_000);
    const place = allSitemapEntries(db).find((e) => e.path === "/p/donges-44480");
    expect(place?.lastmod).toBeInstanceOf(Date);
  });

  it("writes absolute, XML-escaped URLs", () => {
    const xml = urlsetXml("https://exemple.fr", [
      { path: "/q/1/a?b=1&c=<2>", lastmod: new Date("2026-03-04T05:06:07Z") },
    ]);
    expect(xml).toContain(
      "<url><loc>https://exemple.fr/q/1/a?b=1&amp;c=&lt;2&gt;</loc><lastmod>2026-03-04T05:06:07.000Z</lastmod></url>",
    );
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it("becomes an index of files once there are too many URLs", () => {
    const counts = sitemapCounts(db);
    expect(counts).toEqual({ questionCount: 2, placeCount: 2 });
    expect(sitemapFiles(counts)).toBeNull();
    // 5 URLs, 2 a file: the home page and the places fill places-1 and places-2, then the questions.
    expect(sitemapFiles(counts, 2)).toEqual(["places-1.xml", "places-2.xml", "questions-1.xml"]);
    expect(sitemapFileEntries(db, "places", 1, 2)?.map((e) => e.path)).toEqual([
      "/",
      "/p/donges-44480",
    ]);
    expect(sitemapFileEntries(db, "places", 2, 2)?.map((e) => e.path)).toEqual([
      "/p/montoir-de-bretagne-44550",
    ]);
    expect(sitemapFileEntries(db, "questions", 1, 2)).toHaveLength(2);
    expect(sitemapFileEntries(db, "questions", 2, 2)).toBeNull();
    expect(sitemapIndexXml("https://exemple.fr", ["questions-1.xml"])).toContain(
      "<sitemap><loc>https://exemple.fr/sitemaps/questions-1.xml</loc></sitemap>",
    );
  });

  it("knows its file names and nothing else", () => {
    expect(parseSitemapName("questions-12.xml")).toEqual({ section: "questions", page: 12 });
    expect(parseSitemapName("places-1.xml")).toEqual({ section: "places", page: 1 });
    for (const name of ["questions-0.xml", "questions-1", "users-1.xml", "questions-01.xml", ""]) {
      expect(parseSitemapName(name)).toBeNull();
    }
  });
});
