import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useTranslate } from "#app/i18n/i18n";
import { PLACE_QUERY_MAX_LENGTH } from "#app/domain/places";
import { useTypedBeforeHydration } from "./typed-before-hydration";

export type PlaceSuggestion = {
  code: string;
  name: string;
  slug: string;
  postalCodes: string[];
  departmentName: string;
};

const SUGGESTION_LIMIT = 8;
const DEBOUNCE_MS = 150;

/**
 * A text field that works as plain text without JavaScript and, with it,
 * becomes an ARIA 1.2 combobox suggesting places as one types (arrows to move,
 * Enter to choose, Escape to close). What "choose" does is the caller's.
 */
export function PlaceCombobox({
  id,
  name,
  defaultValue = "",
  describedBy,
  invalid,
  required,
  autoFocus,
  onChoose,
  onType,
  children,
}: {
  id: string;
  name: string;
  defaultValue?: string;
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
  autoFocus?: boolean;
  onChoose: (suggestion: PlaceSuggestion) => void;
  onType?: (text: string) => void;
  children?: ReactNode;
}) {
  const t = useTranslate();
  const listboxId = `${id}-listbox`;
  const [query, setQuery] = useState(defaultValue);
  const [suggestions, setSuggestions] = useState<PlaceSuggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [status, setStatus] = useState("");
  const lastRequest = useRef<AbortController | null>(null);
  // Text that was filled in (by a choice, or with the page) rather than typed: no search for it.
  const filledIn = useRef<string | null>(defaultValue || null);
  const input = useRef<HTMLInputElement>(null);
  useTypedBeforeHydration(input, query, (typed) => {
    setQuery(typed);
    onType?.(typed);
  });

  useEffect(() => {
    const trimmed = query.trim();
    const wasFilledIn = query === filledIn.current;
    filledIn.current = null;
    if (!trimmed || wasFilledIn) {
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
          q: trimmed.slice(0, PLACE_QUERY_MAX_LENGTH),
          limit: String(SUGGESTION_LIMIT),
        });
        const response = await fetch(`/api/v1/places?${params}`, { signal: controller.signal });
        if (!response.ok) return;
        const body = (await response.json()) as { places: PlaceSuggestion[] };
        setSuggestions(body.places);
        setActiveIndex(-1);
        setOpen(true);
        setStatus(
          body.places.length === 0
            ? t("placeChooser.noResults")
            : t("placeChooser.results", { count: body.places.length }),
        );
      } catch (error) {
        if ((error as Error).name !== "AbortError") setStatus("");
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // `t` changes identity on every render; the language does not change while typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query]);

  const choose = (suggestion: PlaceSuggestion) => {
    setOpen(false);
    setActiveIndex(-1);
    filledIn.current = suggestion.name;
    setQuery(suggestion.name);
    onChoose(suggestion);
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
      const picked =
        suggestions[activeIndex] ?? (suggestions.length === 1 ? suggestions[0] : undefined);
      if (picked) {
        event.preventDefault();
        choose(picked);
      }
    }
  };

  const showList = open && suggestions.length > 0;
  return (
    <div className="place-chooser__combo">
      <input
        ref={input}
        id={id}
        name={name}
        type="search"
        inputMode="search"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        maxLength={PLACE_QUERY_MAX_LENGTH}
        required={required}
        placeholder={t("placeChooser.placeholder")}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          onType?.(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => suggestions.length && setOpen(true)}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listboxId}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        aria-activedescendant={
          showList && activeIndex >= 0 ? `${listboxId}-${activeIndex}` : undefined
        }
        // eslint-disable-next-line jsx-a11y/no-autofocus -- only where the page's one task is this field
        autoFocus={autoFocus}
      />
      {children}
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
              {[suggestion.postalCodes[0], suggestion.departmentName].filter(Boolean).join(" · ")}
            </span>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
