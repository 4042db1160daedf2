import { Form, useNavigate } from "@remix-run/react";
import { useEffect, useRef, type FormEvent } from "react";
import { FieldFrame } from "#app/components/forms";
import { PlaceCombobox } from "#app/components/place-combobox";
import { SearchQueryInput } from "#app/components/search-query-input";
import { useTranslate } from "#app/i18n/i18n";
import { LIST_RADII } from "#app/domain/questions";
import {
  parseSearchUrl,
  SEARCH_CONTENTS,
  SEARCH_PARAM,
  SEARCH_PATH,
  searchUrl,
  searchUrlEntries,
  type SearchPageParams,
} from "#app/domain/search-url";

/** Search as you type: wait this long after the last key before asking the server. */
const TYPING_DEBOUNCE_MS = 250;

/**
 * The words, the place, the radius and what to find (questions, listings or
 * both). A plain GET form (it works without
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
  // Not on mount: the field may hold words typed before the script ran.
  const shownQuery = useRef(params.q);
  useEffect(() => {
    const input = queryRef.current;
    if (shownQuery.current === params.q) return;
    shownQuery.current = params.q;
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
      <FieldFrame id="search-q" label={t("search.query")} hint={t("search.queryHint")}>
        {(control) => (
          <SearchQueryInput
            {...control}
            ref={queryRef}
            defaultValue={params.q}
            onChange={() => {
              clearTimeout(typingTimer.current);
              typingTimer.current = setTimeout(
                () => submitSearch({ replace: true }),
                TYPING_DEBOUNCE_MS,
              );
            }}
          />
        )}
      </FieldFrame>
      <div className="search-form__where">
        <FieldFrame
          id="search-place"
          className="search-form__place"
          label={t("search.place")}
          hint={t("search.placeHint")}
        >
          {(control) => (
            <PlaceCombobox
              id={control.id}
              name={SEARCH_PARAM.lieu}
              defaultValue={typedPlace}
              describedBy={control["aria-describedby"]}
              onChoose={(suggestion) => {
                chosenPlaceSlug.current = suggestion.slug;
                submitSearch({ replace: false });
              }}
              onType={() => {
                chosenPlaceSlug.current = null;
              }}
            />
          )}
        </FieldFrame>
        <FieldFrame id="search-radius" className="search-form__radius" label={t("search.radius")}>
          {(control) => (
            <select
              {...control}
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
          )}
        </FieldFrame>
      </div>
      <div className="search-form__what">
        <FieldFrame
          id="search-content"
          className="search-form__content"
          label={t("search.content")}
        >
          {(control) => (
            <select
              {...control}
              name={SEARCH_PARAM.content}
              defaultValue={params.content ?? ""}
              onChange={() => submitSearch({ replace: false })}
            >
              <option value="">{t("search.content.all")}</option>
              {SEARCH_CONTENTS.map((content) => (
                <option key={content} value={content}>
                  {t(`search.content.${content}`)}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        <p className="search-form__check">
          <label>
            <input
              type="checkbox"
              name={SEARCH_PARAM.openNow}
              value="oui"
              defaultChecked={params.openNow}
              onChange={() => submitSearch({ replace: false })}
            />{" "}
            {t("search.filter.openNow")}
          </label>
        </p>
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
