import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { RevisionHistory } from "#app/components/revision-history";
import { translate, useTranslate } from "#app/i18n/i18n";
import { getLocale } from "#app/server/locale.server";
import { questionFromParam } from "#app/models/questions/posts.server";
import { questionPath } from "#app/models/questions/paths";
import { revisionHistory } from "#app/models/questions/revisions.server";
import { getUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import { notFound } from "#app/server/not-found.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = getDb();
  const question = questionFromParam(db, params.id);
  if (!question || question.deletedAt) throw notFound("question");
  const locale = await getLocale(request);
  const names = {
    full: Boolean(await getUser(request)),
    formerMember: translate(locale, "profile.formerMember"),
  };
  return {
    locale,
    title: question.title,
    backPath: questionPath(question),
    revisions: revisionHistory(db, "question", question.id, names),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: `${translate(data?.locale ?? "fr", "history.title", { title: data?.title ?? "" })} · Coup de main`,
  },
  { name: "robots", content: "noindex" },
];

export default function QuestionHistory() {
  const { title, backPath, revisions } = useLoaderData<typeof loader>();
  const t = useTranslate();
  return (
    <RevisionHistory
      heading={t("history.title", { title })}
      revisions={revisions}
      backPath={backPath}
    />
  );
}
