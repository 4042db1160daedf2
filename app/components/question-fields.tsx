import { getInputProps, getSelectProps, type FieldMetadata } from "@conform-to/react";
import { Link } from "@remix-run/react";
import { useEffect, useState, type ReactNode } from "react";
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
  const initialTitle =
    typeof fields.title.initialValue === "string" ? fields.title.initialValue : "";
  const [titleLength, setTitleLength] = useState(Array.from(initialTitle).length);
  // What was typed (or pasted) before the page's script ran counts too.
  useEffect(() => {
    const input = document.getElementById(fields.title.id);
    if (input instanceof HTMLInputElement) setTitleLength(Array.from(input.value).length);
  }, [fields.title.id]);
  return (
    <>
      {/* No maxLength: a pasted long title is refused with the counter, never cut mid-word. */}
      <Field
        label={t("ask.titleField")}
        hint={t("ask.titleHint", { min: TITLE_MIN, max: TITLE_MAX })}
        field={fields.title}
        inputProps={{
          ...getInputProps(fields.title, { type: "text" }),
          onInput: (event) => setTitleLength(Array.from(event.currentTarget.value).length),
          autoComplete: "off",
        }}
        after={<TitleCounter length={titleLength} />}
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

/** « 152 / 150 »: how long the title is, and by how much too long. */
function TitleCounter({ length }: { length: number }) {
  const t = useTranslate();
  const over = length - TITLE_MAX;
  return (
    <p className={over > 0 ? "field-counter is-over" : "field-counter"}>
      {over > 0
        ? t("ask.titleCounterOver", { count: length, max: TITLE_MAX, over })
        : t("ask.titleCounter", { count: length, max: TITLE_MAX })}
    </p>
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
