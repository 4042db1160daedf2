import { Form, useNavigate } from "@remix-run/react";
import { useEffect, useRef, type FormEvent } from "react";
import { PlaceCombobox } from "#app/components/place-combobox";
import { useTranslate } from "#app/i18n/i18n";
import { LIST_RADII, SEARCH_QUERY_MAX_LENGTH } from "#app/domain/questions";
import {
  parseSearchUrl,
  SEARCH_PARAM,
  SEARCH_PATH,
  searchUrl,
  searchUrlEntries,
  type SearchPageParams,
} from "#app/domain/search-url";

/** Search as you type: wait this long after the last key before asking the server. */
const TYPING_DEBOUNCE_MS = 250;

/**
 * The words, the place and the radius. A plain GET form (it works without
 * JavaScript); with JavaScript it searches as one types, and a place picked
 * among the suggestions is sent as its slug rather than its name.
 */
export function SearchForm({
  params,
  typedPlace,
  placeSlug,
}: {
  params: SearchPageParams;
  /** What the place field shows: the place found, or the text that found none or several. */
  typedPlace: string;
  placeSlug: string | null;
}) {
  const t = useTranslate();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const queryRef = useRef<HTMLInputElement>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>();
  // The place picked among suggestions (or found by the server): sent as its slug, not its name.
  const chosenPlaceSlug = useRef<string | null>(placeSlug);
  useEffect(() => {
    chosenPlaceSlug.current = placeSlug;
  }, [placeSlug]);
  // Back and forward change the URL under the field: show its words, unless the reader is typing.
  useEffect(() => {
    const input = queryRef.current;
    if (input && document.activeElement !== input && input.value !== params.q) {
      input.value = params.q;
    }
  }, [params.q]);
  useEffect(() => () => clearTimeout(typingTimer.current), []);

  const submitSearch = (options: { replace: boolean }) => {
    clearTimeout(typingTimer.current);
    const form = formRef.current;
    if (!form) return;
    const fields = new URLSearchParams();
    for (const [name, value] of new FormData(form)) fields.append(name, String(value));
    if (chosenPlaceSlug.current) fields.set(SEARCH_PARAM.lieu, chosenPlaceSlug.current);
    // Read and written by the URL module, as the links are: defaults left out.
    navigate(searchUrl(parseSearchUrl(fields)), { preventScrollReset: true, ...options });
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submitSearch({ replace: false });
  };
  // The filters and the sort ride along as hidden fields, so a new search keeps them.
  const kept = searchUrlEntries({
    kinds: params.kinds,
    categories: params.categories,
    solved: params.solved,
    sort: params.sort,
  });

  return (
    <Form
      ref={formRef}
      method="get"
      action={SEARCH_PATH}
      role="search"
      aria-labelledby="search-title"
      className="card search-form"
      onSubmit={onSubmit}
    >
      <div className="field">
        <label htmlFor="search-q" className="field-label">
          {t("search.query")}
        </label>
        <p id="search-q-hint" className="field-hint">
          {t("search.queryHint")}
        </p>
        <input
          ref={queryRef}
          id="search-q"
          name={SEARCH_PARAM.q}
          type="search"
          inputMode="search"
          autoComplete="off"
          enterKeyHint="search"
          maxLength={SEARCH_QUERY_MAX_LENGTH}
          defaultValue={params.q}
          aria-describedby="search-q-hint"
          onChange={() => {
            clearTimeout(typingTimer.current);
            typingTimer.current = setTimeout(
              () => submitSearch({ replace: true }),
              TYPING_DEBOUNCE_MS,
            );
          }}
        />
      </div>
      <div className="search-form__where">
        <div className="field search-form__place">
          <label htmlFor="search-place" className="field-label">
            {t("search.place")}
          </label>
          <p id="search-place-hint" className="field-hint">
            {t("search.placeHint")}
          </p>
          <PlaceCombobox
            id="search-place"
            name={SEARCH_PARAM.lieu}
            defaultValue={typedPlace}
            describedBy="search-place-hint"
            onChoose={(suggestion) => {
              chosenPlaceSlug.current = suggestion.slug;
              submitSearch({ replace: false });
            }}
            onType={() => {
              chosenPlaceSlug.current = null;
            }}
          />
        </div>
        <div className="field search-form__radius">
          <label htmlFor="search-radius" className="field-label">
            {t("search.radius")}
          </label>
          <select
            id="search-radius"
            name={SEARCH_PARAM.radius}
            defaultValue={String(params.radius)}
            onChange={() => submitSearch({ replace: false })}
          >
            {LIST_RADII.map((km) => (
              <option key={km} value={km}>
                {t("search.radiusOption", { radius: km })}
              </option>
            ))}
            <option value="france">{t("search.wholeFrance")}</option>
          </select>
        </div>
      </div>
      {kept.map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
      <p className="search-form__actions">
        <button type="submit" className="button">
          {t("search.submit")}
        </button>
      </p>
    </Form>
  );
}
