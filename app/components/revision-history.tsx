import { Link } from "@remix-run/react";
import { relativeTime, useLocale, useTranslate } from "#app/i18n/i18n";
import type { DiffPart } from "#app/domain/questions";

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

export function RevisionHistory({
  heading,
  revisions,
  backPath,
}: {
  heading: string;
  revisions: Revision[];
  backPath: string;
}) {
  const t = useTranslate();
  const locale = useLocale();
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
