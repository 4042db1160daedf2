import type { RefObject } from "react";
import { useTranslate } from "#app/i18n/i18n";

type Format = "bold" | "list" | "link";

/**
 * Bold, list and link over a Markdown textarea: each button writes the
 * Markdown around the selection (or a word to replace), so nobody needs to
 * know the syntax. Ctrl+B (⌘B) in the textarea does bold too. Rendered only
 * with JavaScript; without it the hint says how to write the same by hand.
 */
export function MarkdownToolbar({
  textarea,
  controls,
  onChange,
}: {
  textarea: RefObject<HTMLTextAreaElement>;
  controls: string;
  onChange: (value: string) => void;
}) {
  const t = useTranslate();
  const apply = (format: Format) => {
    if (textarea.current) onChange(applyFormat(textarea.current, format, t));
  };
  return (
    <div
      className="markdown-toolbar"
      role="toolbar"
      aria-label={t("markdown.toolbar")}
      aria-controls={controls}
    >
      <button type="button" onClick={() => apply("bold")}>
        <strong>{t("markdown.bold")}</strong>
      </button>
      <button type="button" onClick={() => apply("list")}>
        {t("markdown.list")}
      </button>
      <button type="button" onClick={() => apply("link")}>
        {t("markdown.link")}
      </button>
    </div>
  );
}

/** Ctrl+B (⌘B on a Mac) in the textarea: bold, as in every editor. */
export function boldShortcut(
  event: React.KeyboardEvent<HTMLTextAreaElement>,
  t: ReturnType<typeof useTranslate>,
  onChange: (value: string) => void,
) {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "b") {
    event.preventDefault();
    onChange(applyFormat(event.currentTarget, "bold", t));
  }
}

/** Writes the Markdown of `format` around the selection and selects what the member will want to type. */
function applyFormat(
  area: HTMLTextAreaElement,
  format: Format,
  t: ReturnType<typeof useTranslate>,
): string {
  const { selectionStart: start, selectionEnd: end, value } = area;
  const selected = value.slice(start, end);
  let text: string;
  let select: [number, number];
  if (format === "bold") {
    const inner = selected || t("markdown.boldPlaceholder");
    text = `**${inner}**`;
    select = [2, 2 + inner.length];
  } else if (format === "list") {
    // A list starts on a line of its own.
    const before = start > 0 && value[start - 1] !== "\n" ? "\n" : "";
    const lines = (selected || t("markdown.listPlaceholder")).split("\n");
    text = before + lines.map((line) => (line.startsWith("- ") ? line : `- ${line}`)).join("\n");
    select = selected ? [text.length, text.length] : [before.length + 2, text.length];
  } else {
    const label = selected || t("markdown.linkPlaceholder");
    text = `[${label}](https://)`;
    // The address is what is missing: the cursor waits after « https:// ».
    select = [label.length + 11, label.length + 11];
  }
  area.focus();
  area.setRangeText(text, start, end, "end");
  area.setSelectionRange(start + select[0], start + select[1]);
  return area.value;
}
