import { describe, expect, it } from "vitest";
import { fr } from "./catalogue.fr";
import { en } from "./catalogue.en";
import { emailCatalogues } from "./emails.server";
import { sitePage, type SitePageName } from "./site-pages.server";

/**
 * One spelling of the word for electronic mail in each language (issue 14).
 * French: « e-mail » (plural « e-mails »), with the hyphen, as Le Robert and
 * Larousse spell the borrowing and as most French public services write it;
 * FranceTerme's « courriel » is the official recommendation, but « e-mail »
 * is what our readers type and search for. English: "email", as the AP
 * Stylebook and most current English dictionaries spell it.
 */
const texts = (catalogue: Record<string, unknown>) =>
  Object.values(catalogue).flatMap((message) =>
    typeof message === "string" ? [message] : Object.values(message as object).map(String),
  );
// Outside placeholders ({email}) and addresses (camille@exemple.fr).
const words = (text: string) => text.replace(/\{\w+\}/g, "").replace(/\S+@\S+/g, "");

describe("the word e-mail", () => {
  it("is « e-mail » in every French message", () => {
    const french = [...texts(fr), ...texts(emailCatalogues.fr), ...frSitePagesSample()];
    expect(french.filter((text) => /(?<![-\w])emails?\b/i.test(words(text)))).toEqual([]);
    expect(french.some((text) => text.includes("e-mail"))).toBe(true);
  });

  it('is "email" in every English message', () => {
    const english = [...texts(en), ...texts(emailCatalogues.en)];
    expect(english.filter((text) => /\be-mails?\b/i.test(words(text)))).toEqual([]);
  });
});

/** Every paragraph of the footer's French pages, with every setting filled in. */
export function frSitePagesSample() {
  const settings = {
    publisherName: "Association",
    publisherAddress: "Donges",
    contactEmail: "contact@exemple.fr",
    director: "Claire",
    host: "Hébergeur",
    sourceCodeUrl: "https://exemple.fr",
  };
  return (["about", "legal", "privacy", "contact"] as SitePageName[]).flatMap((name) => {
    const page = sitePage("fr", name, settings);
    return [page.title, page.lead, ...page.sections.flatMap((s) => [s.heading, ...s.paragraphs])];
  });
}
