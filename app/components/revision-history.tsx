import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { relativeTime, translate, useLocale, useTranslate } from "#app/i18n/i18n";
import type { Locale } from "#app/i18n/messages";
import type { DiffPart, PostType } from "#app/domain/questions";

/** What a history page's loader returns (app/models/questions/revisions.server.ts, postHistory). */
type HistoryPageData = {
  locale: Locale;
  title: string;
  backPath: string;
  revisions: Revision[];
};

const HEADING = { question: "history.title", answer: "history.answerTitle" } as const;

/** The history pages' title: never indexed, as edits are the record, not the content. */
export function revisionHistoryMeta(postType: PostType): MetaFunction {
  return ({ data }) => {
    const page = data as HistoryPageData | undefined;
    const heading = translate(page?.locale ?? "fr", HEADING[postType], {
      title: page?.title ?? "",
    });
    return [{ title: `${heading} · Coup de main` }, { name: "robots", content: "noindex" }];
  };
}

type Revision = {
  revision: number;
  createdAt: string;
  summary: string | null;
  editor: { id: string | null; name: string };
  title: DiffPart[] | null;
  body: DiffPart[];
  tags: DiffPart[] | null;
};

/** Added words in <ins>, removed ones in <del>: read out as such, and not by colour alone. */
function Diff({ parts }: { parts: DiffPart[] }) {
  const t = useTranslate();
  return (
    <>
      {parts.map((part, index) =>
        part.change === "added" ? (
          <ins key={index} aria-label={`${t("history.added")} : ${part.text}`}>
            {part.text}
          </ins>
        ) : part.change === "removed" ? (
          <del key={index} aria-label={`${t("history.removed")} : ${part.text}`}>
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}

/** Every version of a question or an answer, newest first, as its route's loader gave them. */
export function RevisionHistoryPage({ postType }: { postType: PostType }) {
  const { title, backPath, revisions } = useLoaderData<HistoryPageData>();
  const t = useTranslate();
  const locale = useLocale();
  const heading = t(HEADING[postType], { title });
  return (
    <section className="stack" aria-labelledby="history-title">
      <h1 id="history-title">{heading}</h1>
      <p>
        <Link to={backPath}>{t("history.back")}</Link>
      </p>
      <ol className="revision-list" reversed>
        {revisions.map((revision) => (
          <li key={revision.revision} className="card revision">
            <h2>
              {revision.revision === 1
                ? t("history.original")
                : t("history.revision", { revision: revision.revision })}
            </h2>
            <p className="muted" suppressHydrationWarning>
              {t("history.by", {
                name: revision.editor.name,
                when: relativeTime(locale, revision.createdAt),
              })}
              {revision.summary ? ` · « ${revision.summary} »` : ""}
            </p>
            {revision.title ? (
              <p className="revision__title">
                <Diff parts={revision.title} />
              </p>
            ) : null}
            <div className="revision__body">
              <Diff parts={revision.body} />
            </div>
            {revision.tags && revision.tags.some((part) => part.text.trim()) ? (
              <p className="muted">
                <Diff parts={revision.tags} />
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
