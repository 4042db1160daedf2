import { getInputProps, getSelectProps, type FieldMetadata } from "@conform-to/react";
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslate } from "#app/i18n/i18n";
import { BODY_MAX, CATEGORIES, TAGS_MAX, TITLE_MAX, TITLE_MIN } from "#app/domain/questions";
import { Field } from "./forms";
import { MarkdownEditor } from "./markdown-editor";

/** Title, details, category and tags: the part of a question that asking and editing share. */
export function QuestionFields({
  fields,
  afterTitle,
}: {
  fields: {
    title: FieldMetadata<string>;
    body: FieldMetadata<string>;
    category: FieldMetadata<string>;
    tags: FieldMetadata<string>;
  };
  /** Shown right under the title (the similar questions, when asking). */
  afterTitle?: ReactNode;
}) {
  const t = useTranslate();
  return (
    <>
      <Field
        label={t("ask.titleField")}
        hint={t("ask.titleHint", { min: TITLE_MIN, max: TITLE_MAX })}
        field={fields.title}
        inputProps={{
          ...getInputProps(fields.title, { type: "text" }),
          maxLength: TITLE_MAX,
          autoComplete: "off",
        }}
      />
      {afterTitle}
      <MarkdownEditor
        id={fields.body.id}
        name={fields.body.name}
        label={t("ask.body")}
        hint={t("ask.bodyHint")}
        defaultValue={typeof fields.body.initialValue === "string" ? fields.body.initialValue : ""}
        maxLength={BODY_MAX}
        errors={fields.body.errors}
        rows={8}
      />
      <Field label={t("ask.category")} field={fields.category}>
        {(control) => (
          <select {...getSelectProps(fields.category)} {...control}>
            <CategoryOptions none={t("ask.categoryChoose")} />
          </select>
        )}
      </Field>
      <Field
        label={t("ask.tags")}
        hint={t("ask.tagsHint", { max: TAGS_MAX })}
        field={fields.tags}
        inputProps={{ ...getInputProps(fields.tags, { type: "text" }), autoComplete: "off" }}
      />
    </>
  );
}

/** The categories of a select, after a first, empty choice (none chosen yet, or all of them). */
export function CategoryOptions({ none }: { none: string }) {
  const t = useTranslate();
  return (
    <>
      <option value="">{none}</option>
      {CATEGORIES.map((category) => (
        <option key={category} value={category}>
          {t(`category.${category}`)}
        </option>
      ))}
    </>
  );
}

/** What every edit form ends with: a word on the change (kept in the history), save, and the way back. */
export function EditFormEnd({
  summary,
  cancelPath,
}: {
  summary: FieldMetadata<string>;
  cancelPath: string;
}) {
  const t = useTranslate();
  return (
    <>
      <Field
        label={t("edit.summary")}
        hint={t("edit.summaryHint")}
        field={summary}
        inputProps={{ ...getInputProps(summary, { type: "text" }), maxLength: 200 }}
      />
      <p className="form-actions">
        <button type="submit" className="button">
          {t("edit.submit")}
        </button>
        <Link to={cancelPath}>{t("edit.cancel")}</Link>
      </p>
    </>
  );
}
