import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useTranslate } from "#app/i18n/i18n";
import { listingToken } from "#app/domain/listing-tokens";

export type ListingMatch = { id: number; name: string; category: string; placeName: string };

const DEBOUNCE_MS = 200;
export const LISTING_QUERY_MAX = 100;

/** Puts a listing's token on a line of its own at the cursor of the answer's textarea. */
function insertToken(textareaId: string, id: number) {
  const area = document.getElementById(textareaId);
  if (!(area instanceof HTMLTextAreaElement)) return;
  const start = area.selectionStart ?? area.value.length;
  const before = area.value.slice(0, start);
  const lead =
    before === "" ? "" : before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
  area.focus();
  area.setRangeText(`${lead}${listingToken(id)}\n\n`, start, area.selectionEnd ?? start, "end");
  // The editor listens to input events (counter, preview).
  area.dispatchEvent(new Event("input", { bubbles: true }));
}

/**
 * « Recommander une fiche » (ADR 025). Without JavaScript: a search field and
 * a button that sends the whole form back (nothing typed is lost), then a
 * choice of listings and a button that adds the chosen one's token. With
 * JavaScript: the same field is an ARIA 1.2 combobox over /fiches/proposer,
 * and choosing inserts the token at the cursor.
 */
export function ListingPicker({
  questionId,
  textareaId,
  defaultQuery = "",
  matches,
}: {
  questionId: number;
  textareaId: string;
  defaultQuery?: string;
  /** What the no-JavaScript search found (undefined: no search yet). */
  matches?: ListingMatch[];
}) {
  const t = useTranslate();
  const id = `${textareaId}-listing`;
  const listboxId = `${id}-listbox`;
  const [query, setQuery] = useState(defaultQuery);
  const [suggestions, setSuggestions] = useState<ListingMatch[]>([]);
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [status, setStatus] = useState("");
  const [hydrated, setHydrated] = useState(false);
  const typed = useRef(false);
  useEffect(() => setHydrated(true), []);

  useEffect(() => {
    const trimmed = query.trim();
    if (!typed.current || !trimmed) {
      setSuggestions([]);
      setOpen(false);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const params = new URLSearchParams({ question: String(questionId), q: trimmed });
        const response = await fetch(`/fiches/proposer?${params}`, { signal: controller.signal });
        if (!response.ok) return;
        const body = (await response.json()) as { listings: ListingMatch[] };
        setSuggestions(body.listings);
        setActiveIndex(-1);
        setOpen(true);
        setStatus(
          body.listings.length === 0
            ? t("recommend.noMatch")
            : t("recommend.options", { count: body.listings.length }),
        );
      } catch (error) {
        if ((error as Error).name !== "AbortError") setStatus("");
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // `t` changes identity on every render; the query is what should trigger a search.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, questionId]);

  const choose = (listing: ListingMatch) => {
    setOpen(false);
    setActiveIndex(-1);
    typed.current = false;
    setQuery("");
    insertToken(textareaId, listing.id);
    setStatus(t("recommend.inserted", { name: listing.name }));
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
    } else if (event.key === "Enter" && hydrated) {
      // Enter never sends the answer from here: it chooses, or does nothing.
      event.preventDefault();
      const picked =
        suggestions[activeIndex] ?? (suggestions.length === 1 ? suggestions[0] : undefined);
      if (open && picked) choose(picked);
    }
  };

  const showList = open && suggestions.length > 0;
  return (
    <fieldset className="listing-picker">
      <legend>{t("recommend.picker")}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t("recommend.pickerHint")}
      </p>
      <div className="listing-picker__row">
        <label htmlFor={id} className="visually-hidden">
          {t("recommend.picker")}
        </label>
        <input
          id={id}
          name="listingQuery"
          type="search"
          autoComplete="off"
          maxLength={LISTING_QUERY_MAX}
          value={query}
          onChange={(event) => {
            typed.current = true;
            setQuery(event.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listboxId}
          aria-describedby={`${id}-hint`}
          aria-activedescendant={
            showList && activeIndex >= 0 ? `${listboxId}-${activeIndex}` : undefined
          }
        />
        <button
          type="submit"
          name="intent"
          value="find-listing"
          formNoValidate
          className="button button--secondary"
        >
          {t("recommend.search")}
        </button>
      </div>
      <ul
        id={listboxId}
        role="listbox"
        aria-label={t("recommend.matches")}
        className="place-chooser__list"
        hidden={!showList}
      >
        {suggestions.map((listing, index) => (
          // Pointer users pick with a click; keyboard users with the arrows and Enter on the input.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            key={listing.id}
            id={`${listboxId}-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            className="place-chooser__option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(listing)}
          >
            <span className="place-chooser__name">{listing.name}</span>{" "}
            <span className="place-chooser__meta">
              {t(`directory.category.${listing.category}` as "directory.category.sport")} ·{" "}
              {listing.placeName}
            </span>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {matches ? (
        matches.length === 0 ? (
          <p className="muted">{t("recommend.noMatch")}</p>
        ) : (
          <fieldset className="listing-picker__matches">
            <legend>{t("recommend.matches")}</legend>
            {matches.map((listing, index) => (
              <label key={listing.id} className="choice">
                <input
                  type="radio"
                  name="listingId"
                  value={listing.id}
                  defaultChecked={index === 0}
                />{" "}
                {listing.name} ·{" "}
                {t(`directory.category.${listing.category}` as "directory.category.sport")} ·{" "}
                {listing.placeName}
              </label>
            ))}
            <button
              type="submit"
              name="intent"
              value="insert-listing"
              formNoValidate
              className="button button--secondary"
              onClick={(event) => {
                // With JavaScript, the token goes in at the cursor, without a round trip.
                const checked = event.currentTarget.form?.querySelector<HTMLInputElement>(
                  'input[name="listingId"]:checked',
                );
                const listing = matches.find((match) => String(match.id) === checked?.value);
                if (!listing) return;
                event.preventDefault();
                choose(listing);
              }}
            >
              {t("recommend.insert")}
            </button>
          </fieldset>
        )
      ) : null}
    </fieldset>
  );
}
