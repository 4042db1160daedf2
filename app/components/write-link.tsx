import { Link } from "@remix-run/react";
import { useTranslate } from "#app/i18n/i18n";

/**
 * « Écrire à Camille »: opens a private message to an answer's author or an
 * offer's asker, remembering the question so the thread says what it is about.
 */
export function WriteLink({
  memberId,
  name,
  questionId,
}: {
  memberId: string;
  name: string;
  questionId: number;
}) {
  const t = useTranslate();
  const query = new URLSearchParams({ a: memberId, question: String(questionId) });
  return (
    <p className="write-link">
      <Link to={`/messages/nouveau?${query}`}>{t("messages.write", { name })}</Link>
    </p>
  );
}
