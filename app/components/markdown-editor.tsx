import { useEffect, useId, useRef, useState } from "react";
import { useTranslate } from "#app/i18n/i18n";
import { FieldErrors } from "./forms";
import { useTypedBeforeHydration } from "./typed-before-hydration";
import { boldShortcut, MarkdownToolbar } from "./markdown-toolbar";

const PREVIEW_DELAY_MS = 400;

type Preview =
  | { state: "empty" }
  | { state: "ready"; html: string }
  | { state: "error"; message: string };

/**
 * A labelled textarea for a post in Markdown, with a character counter and,
 * with JavaScript, a formatting toolbar and a live preview rendered by the server (POST /apercu) exactly
 * as the post will be. Without JavaScript it is a plain textarea.
 *
 * The preview uses `fetch`, not `useFetcher`: a fetcher's action would make
 * Remix revalidate every loader of the page after each pause in typing.
 */
export function MarkdownEditor({
  name,
  label,
  defaultValue = "",
  maxLength,
  errors,
  id,
  rows = 8,
  hint,
}: {
  name: string;
  label: string;
  defaultValue?: string;
  maxLength: number;
  errors?: string[];
  id?: string;
  rows?: number;
  hint?: string;
}) {
  const t = useTranslate();
  const generatedId = useId();
  const inputId = id ?? `${generatedId}-input`;
  const hintId = `${inputId}-hint`;
  const counterId = `${inputId}-counter`;
  const errorId = `${inputId}-error`;
  const previewLabelId = `${inputId}-preview-label`;

  const [text, setText] = useState(defaultValue);
  const [hydrated, setHydrated] = useState(false);
  const [preview, setPreview] = useState<Preview>({ state: "empty" });
  const [busy, setBusy] = useState(false);
  const latestRequest = useRef<AbortController | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);

  useEffect(() => setHydrated(true), []);
  useTypedBeforeHydration(textarea, text, setText);

  useEffect(() => {
    if (!text.trim()) {
      latestRequest.current?.abort();
      setPreview({ state: "empty" });
      setBusy(false);
      return;
    }
    const timer = window.setTimeout(async () => {
      latestRequest.current?.abort();
      const controller = new AbortController();
      latestRequest.current = controller;
      setBusy(true);
      try {
        const response = await fetch("/apercu", {
          method: "POST",
          body: new URLSearchParams({ body: text }),
          signal: controller.signal,
          headers: { Accept: "application/json" },
        });
        const data = (await response.json()) as { html?: string; error?: string };
        if (typeof data.html === "string") setPreview({ state: "ready", html: data.html });
        else
          setPreview({ state: "error", message: data.error ?? t("markdown.previewUnavailable") });
      } catch (error) {
        if (controller.signal.aborted) return;
        console.warn("Markdown preview failed", error);
        setPreview({ state: "error", message: t("markdown.previewUnavailable") });
      }
      if (latestRequest.current === controller) setBusy(false);
    }, PREVIEW_DELAY_MS);
    return () => window.clearTimeout(timer);
    // `t` changes identity on every render; the text is what should trigger a preview.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);

  useEffect(() => () => latestRequest.current?.abort(), []);

  const count = Array.from(text).length;
  const over = count - maxLength;
  const invalid = Boolean(errors?.length);
  const describedBy = [hintId, counterId, invalid ? errorId : null].filter(Boolean).join(" ");

  return (
    <div className="field markdown-editor">
      <label htmlFor={inputId} className="field-label">
        {label}
      </label>
      <div id={hintId} className="field-hint">
        {hint ? <p>{hint}</p> : null}
        <p>{t("markdown.hint")}</p>
      </div>
      {hydrated ? (
        <MarkdownToolbar textarea={textarea} controls={inputId} onChange={setText} />
      ) : null}
      <textarea
        ref={textarea}
        onKeyDown={(event) => boldShortcut(event, t, setText)}
        id={inputId}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        onChange={(event) => setText(event.currentTarget.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className="markdown-editor__input"
      />
      <p
        id={counterId}
        className={over > 0 ? "markdown-editor__counter is-over" : "markdown-editor__counter"}
      >
        {over > 0
          ? t("markdown.counterOver", { count, max: maxLength, over })
          : t("markdown.counter", { count, max: maxLength })}
      </p>
      <FieldErrors id={errorId} errors={errors} />
      {hydrated ? (
        <div
          className="markdown-editor__preview"
          role="region"
          aria-labelledby={previewLabelId}
          aria-live="polite"
          aria-busy={busy || undefined}
        >
          <p id={previewLabelId} className="markdown-editor__preview-label">
            {t("markdown.preview")}
          </p>
          {preview.state === "ready" ? (
            // The server rendered this Markdown and sanitized it (renderMarkdown):
            // it is the only HTML this component ever inserts.
            <div className="prose" dangerouslySetInnerHTML={{ __html: preview.html }} />
          ) : (
            <p className="markdown-editor__preview-note">
              {preview.state === "error" ? preview.message : t("markdown.previewEmpty")}
            </p>
          )}
        </div>
      ) : null}
    </div>
  );
}
