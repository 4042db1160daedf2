import { Form, useNavigate } from "@remix-run/react";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslate } from "#app/i18n/i18n";

type Suggestion = {
  code: string;
  name: string;
  slug: string;
  postalCodes: string[];
  departmentName: string;
};

const SUGGESTION_LIMIT = 8;
const DEBOUNCE_MS = 150;

/**
 * "Choose your commune": a plain GET form to /communes that works without
 * JavaScript, enhanced into an ARIA 1.2 combobox that suggests places as one
 * types (arrow keys to move, Enter to open, Escape to close).
 */
export function PlaceChooser({
  defaultQuery = "",
  autoFocus = false,
}: {
  defaultQuery?: string;
  autoFocus?: boolean;
}) {
  const t = useTranslate();
  const navigate = useNavigate();
  const id = useId();
  const listboxId = `${id}-listbox`;
  const hintId = `${id}-hint`;
  const [query, setQuery] = useState(defaultQuery);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [status, setStatus] = useState("");
  const lastRequest = useRef<AbortController | null>(null);

  useEffect(() => {
    const trimmed = query.trim();
    if (!trimmed) {
      setSuggestions([]);
      setOpen(false);
      return;
    }
    const timer = setTimeout(async () => {
      lastRequest.current?.abort();
      const controller = new AbortController();
      lastRequest.current = controller;
      try {
        const params = new URLSearchParams({
          q: trimmed.slice(0, 100),
          limit: String(SUGGESTION_LIMIT),
        });
        const response = await fetch(`/api/v1/places?${params}`, { signal: controller.signal });
        if (!response.ok) return;
        const body = (await response.json()) as { places: Suggestion[] };
        setSuggestions(body.places);
        setActiveIndex(-1);
        setOpen(true);
        setStatus(
          body.places.length === 0
            ? t("placeChooser.noResults")
            : body.places.length === 1
              ? t("placeChooser.oneResult")
              : t("placeChooser.resultsCount", { count: body.places.length }),
        );
      } catch (error) {
        if ((error as Error).name !== "AbortError") setStatus("");
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // `t` changes identity on every render; the language does not change while typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query]);

  const choose = (suggestion: Suggestion) => {
    setOpen(false);
    navigate(`/p/${suggestion.slug}`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" && suggestions.length) {
      event.preventDefault();
      setOpen(true);
      setActiveIndex((index) => (index + 1) % suggestions.length);
    } else if (event.key === "ArrowUp" && suggestions.length) {
      event.preventDefault();
      setOpen(true);
      setActiveIndex((index) => (index <= 0 ? suggestions.length - 1 : index - 1));
    } else if (event.key === "Escape") {
      setOpen(false);
      setActiveIndex(-1);
    } else if (event.key === "Enter" && open) {
      const chosen =
        suggestions[activeIndex] ?? (suggestions.length === 1 ? suggestions[0] : undefined);
      if (chosen) {
        event.preventDefault();
        choose(chosen);
      }
    }
  };

  const showList = open && suggestions.length > 0;
  return (
    <Form method="get" action="/communes" className="place-chooser" role="search">
      <label htmlFor={`${id}-input`} className="field-label">
        {t("placeChooser.label")}
      </label>
      <p id={hintId} className="field-hint">
        {t("placeChooser.hint")}
      </p>
      <div className="place-chooser__row">
        <div className="place-chooser__combo">
          <input
            id={`${id}-input`}
            name="q"
            type="search"
            inputMode="search"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            maxLength={100}
            required
            placeholder={t("placeChooser.placeholder")}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onKeyDown}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
            onFocus={() => suggestions.length && setOpen(true)}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={showList}
            aria-controls={listboxId}
            aria-describedby={hintId}
            aria-activedescendant={
              showList && activeIndex >= 0 ? `${listboxId}-${activeIndex}` : undefined
            }
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the home page's only task is this field
            autoFocus={autoFocus}
          />
          <ul
            id={listboxId}
            role="listbox"
            aria-label={t("placeChooser.label")}
            className="place-chooser__list"
            hidden={!showList}
          >
            {suggestions.map((suggestion, index) => (
              // Pointer users pick with a click; keyboard users with the arrows and Enter on the input.
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events
              <li
                key={suggestion.code}
                id={`${listboxId}-${index}`}
                role="option"
                aria-selected={index === activeIndex}
                className="place-chooser__option"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(suggestion)}
              >
                <span className="place-chooser__name">{suggestion.name}</span>{" "}
                <span className="place-chooser__meta">
                  {[suggestion.postalCodes[0], suggestion.departmentName]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
              </li>
            ))}
          </ul>
        </div>
        <button type="submit" className="button">
          {t("placeChooser.submit")}
        </button>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </Form>
  );
}
