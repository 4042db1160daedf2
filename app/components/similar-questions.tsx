import { Link } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useLocale, useTranslate } from "#app/i18n/i18n";
import { formatNumber } from "#app/i18n/format";

/** What GET /search/similaires answers for each question. */
export type SimilarQuestion = {
  id: number;
  title: string;
  url: string;
  solved: boolean;
  placeName: string;
  distanceKm: number | null;
};

/** Wait this long after the last key before looking: people type titles in bursts. */
const DEBOUNCE_MS = 400;

/** Same rule as the server (search-page.server.ts): three words, or twelve characters. */
function isSearchable(title: string) {
  const trimmed = title.trim();
  return trimmed.length >= 12 || trimmed.split(/\s+/).filter(Boolean).length >= 3;
}

/**
 * While a member writes the title of a question, the questions neighbours
 * already asked that look like it (from /search/similaires), so they may find
 * their answer without asking: one line, « 3 questions proches », that opens
 * on the list. The count is announced politely. Without
 * JavaScript there is nothing to show, and the form works the same.
 */
export function SimilarQuestions({ title, placeCode }: { title: string; placeCode: string }) {
  const t = useTranslate();
  const locale = useLocale();
  const [questions, setQuestions] = useState<SimilarQuestion[]>([]);

  useEffect(() => {
    const text = title.replace(/\s+/g, " ").trim();
    if (!isSearchable(text)) {
      setQuestions([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const query = new URLSearchParams({ titre: text, lieu: placeCode });
        const response = await fetch(`/search/similaires?${query}`, {
          signal: controller.signal,
          headers: { Accept: "application/json" },
        });
        if (!response.ok) return;
        const body = (await response.json()) as { questions?: SimilarQuestion[] };
        setQuestions(body.questions ?? []);
      } catch (error) {
        if ((error as Error).name !== "AbortError") setQuestions([]);
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [title, placeCode]);

  const count = questions.length;
  return (
    <div className="similar-questions-region">
      {/* Always in the page, so the change of its text is announced. */}
      <p className="visually-hidden" role="status" aria-live="polite">
        {count === 0 ? "" : t("similar.count", { count })}
      </p>
      {count > 0 ? (
        // One line under the title until opened: the form stays where it was.
        <details className="similar-questions">
          <summary className="similar-questions__title">{t("similar.summary", { count })}</summary>
          <ul>
            {questions.map((question) => (
              <li key={question.id}>
                <Link to={question.url}>{question.title}</Link>
                <span className="similar-questions__meta">
                  {question.solved ? (
                    <>
                      <span className="status-badge status-badge--resolved">
                        {t("question.solved")}
                      </span>{" "}
                    </>
                  ) : null}
                  {question.distanceKm != null
                    ? `${question.placeName} · ${t("list.distance", { distance: formatNumber(locale, question.distanceKm) })}`
                    : question.placeName}
                </span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
