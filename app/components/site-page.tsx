import { Link } from "@remix-run/react";
import { Fragment, type ReactNode } from "react";
import type { SitePage } from "#app/i18n/site-page";

/** `[words](/path)` links inside a paragraph: a page of the site, an address, or mail. */
const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;

function Paragraph({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const [whole, words, href] = match as unknown as [string, string, string];
    parts.push(text.slice(last, match.index));
    parts.push(
      href.startsWith("/") ? (
        <Link key={match.index} to={href}>
          {words}
        </Link>
      ) : (
        <a key={match.index} href={href}>
          {words}
        </a>
      ),
    );
    last = match.index! + whole.length;
  }
  parts.push(text.slice(last));
  return (
    <p>
      {parts.map((part, index) => (
        <Fragment key={index}>{part}</Fragment>
      ))}
    </p>
  );
}

/** A page of the footer (about, legal notice, privacy, contact): a title, a lead, sections. */
export function SitePageContent({ page }: { page: SitePage }) {
  return (
    <article className="site-page prose" aria-labelledby="site-page-title">
      <h1 id="site-page-title">{page.title}</h1>
      <Paragraph text={page.lead} />
      {page.sections.map((section) => (
        <section key={section.heading} aria-label={section.heading}>
          <h2>{section.heading}</h2>
          {section.paragraphs.map((paragraph) => (
            <Paragraph key={paragraph} text={paragraph} />
          ))}
        </section>
      ))}
    </article>
  );
}
