import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { useEffect, useRef, type FormEvent } from "react";
import { PlaceCombobox } from "#app/components/place-combobox";
import { relativeTime, translate, useLocale, useTranslate } from "#app/i18n/i18n";
import { formatNumber } from "#app/i18n/format";
import type { MessageKey } from "#app/i18n/messages";
import { getLocale } from "#app/server/locale.server";
import {
  searchPage,
  searchPageParams,
  type SearchPageSort,
} from "#app/models/search-page/search-page.server";
import { getUser } from "#app/server/auth.server";
import { getDb } from "#app/server/db.server";
import {
  SEARCH_QUERY_MAX_LENGTH,
  CATEGORIES,
  DEFAULT_LIST_RADIUS_KM,
  LIST_RADII,
  QUESTION_KINDS,
  TITLE_MAX,
} from "#app/domain/questions";
import { getSearch } from "#app/server/search.server";

/** Search as you type: wait this long after the last key before asking the server. */
const TYPING_DEBOUNCE_MS = 250;

/**
 * /search: the questions neighbours asked and answered, by words, place and
 * radius, with filters. A plain GET form (it works without JavaScript); with
 * JavaScript it searches as one types. URL parameters: search-page.server.ts.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const params = searchPageParams(url);
  const user = await getUser(request);
  const search = await searchPage(getDb(), getSearch().engine, params, user?.homePlaceId);
  return { locale: await getLocale(request), params, ...search };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const locale = data?.locale ?? "fr";
  const title = data?.params.q
    ? translate(locale, "search.metaTitle", { query: data.params.q })
    : translate(locale, "search.title");
  // Result pages are for readers; search engines should index the questions themselves.
  return [
    { title: `${title} · ${translate(locale, "app.name")}` },
    { name: "robots", content: "noindex, follow" },
  ];
};

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

/** The parameters of the search on screen, as links carry them (defaults left out). */
function linkState(data: LoaderData) {
  const { params, placeChoice, place } = data;
  return {
    q: params.q,
    lieu:
      placeChoice.status === "found"
        ? placeChoice.fromHome
          ? null
          : place!.slug
        : params.lieu === null
          ? null
          : placeChoice.status === "none"
            ? ""
            : params.lieu,
    rayon: params.radius,
    type: params.kinds as string[],
    categorie: params.categories as string[],
    resolu: params.solved,
    tri: params.sort,
    page: params.page,
  };
}

type LinkState = ReturnType<typeof linkState>;

function searchHref(state: LinkState, changes: Partial<LinkState> = {}) {
  const next = { page: 1, ...changes };
  const merged = { ...state, ...next };
  const query = new URLSearchParams();
  if (merged.q) query.set("q", merged.q);
  if (merged.lieu !== null) query.set("lieu", merged.lieu);
  if (merged.rayon !== DEFAULT_LIST_RADIUS_KM) query.set("rayon", String(merged.rayon));
  for (const kind of merged.type) query.append("type", kind);
  for (const category of merged.categorie) query.append("categorie", category);
  if (merged.resolu !== null) query.set("resolu", merged.resolu ? "oui" : "non");
  if (merged.tri) query.set("tri", merged.tri);
  if (merged.page > 1) query.set("page", String(merged.page));
  return `/search?${query}`;
}

const toggle = (values: string[], value: string) =>
  values.includes(value) ? values.filter((v) => v !== value) : [...values, value];

export default function SearchPage() {
  const data = useLoaderData<typeof loader>();
  const { params, placeChoice, place, hits, total, totalIsEstimate, facets, sort, pageCount } =
    data;
  const t = useTranslate();
  const locale = useLocale();
  const navigation = useNavigation();
  const submit = useSubmit();
  const state = linkState(data);
  const formRef = useRef<HTMLFormElement>(null);
  const queryRef = useRef<HTMLInputElement>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>();
  // The place picked among suggestions (or found by the server): sent as its slug, not its name.
  const chosenPlaceSlug = useRef<string | null>(place?.slug ?? null);
  useEffect(() => {
    chosenPlaceSlug.current = place?.slug ?? null;
  }, [place?.slug]);
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
    const formData = new FormData(form);
    if (chosenPlaceSlug.current) formData.set("lieu", chosenPlaceSlug.current);
    submit(formData, { method: "get", action: "/search", preventScrollReset: true, ...options });
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submitSearch({ replace: false });
  };

  const typedPlace =
    placeChoice.status === "found"
      ? placeChoice.place.name
      : placeChoice.status === "none"
        ? ""
        : placeChoice.query;
  const askHref = `/demander?${new URLSearchParams({
    ...(params.q ? { titre: params.q.slice(0, TITLE_MAX) } : {}),
    ...(place ? { lieu: place.slug } : {}),
  })}`;
  const filtered = params.kinds.length + params.categories.length > 0 || params.solved !== null;
  const sorts: SearchPageSort[] = place
    ? ["pertinence", "distance", "date"]
    : ["pertinence", "date"];
  const summary = [
    total === 0
      ? t("search.summary.none")
      : totalIsEstimate
        ? t("search.summary.about", { count: total })
        : t("search.summary", { count: total }),
    params.q ? t("search.forQuery", { query: params.q }) : null,
    place
      ? params.radius === "france"
        ? t("search.scope.franceFrom", { place: place.name })
        : t("search.scope.near", { radius: params.radius, place: place.name })
      : t("search.scope.france"),
  ]
    .filter(Boolean)
    .join(" ");

  return (
    <section className="stack search-page" aria-labelledby="search-title">
      <h1 id="search-title">{t("search.title")}</h1>
      <p className="lead">{t("search.intro")}</p>

      <Form
        ref={formRef}
        method="get"
        action="/search"
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
            name="q"
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
              name="lieu"
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
              name="rayon"
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
        {params.kinds.map((kind) => (
          <input key={kind} type="hidden" name="type" value={kind} />
        ))}
        {params.categories.map((category) => (
          <input key={category} type="hidden" name="categorie" value={category} />
        ))}
        {params.solved !== null ? (
          <input type="hidden" name="resolu" value={params.solved ? "oui" : "non"} />
        ) : null}
        {params.sort ? <input type="hidden" name="tri" value={params.sort} /> : null}
        <p className="search-form__actions">
          <button type="submit" className="button">
            {t("search.submit")}
          </button>
        </p>
      </Form>

      {placeChoice.status === "not-found" ? (
        <p className="notice">{t("search.placeNotFound", { query: placeChoice.query })}</p>
      ) : null}
      {placeChoice.status === "ambiguous" ? (
        <div className="notice">
          <p>{t("search.placeAmbiguous", { query: placeChoice.query })}</p>
          <ul className="search-candidates">
            {placeChoice.candidates.map((candidate) => (
              <li key={candidate.slug}>
                <Link to={searchHref(state, { lieu: candidate.slug })}>{candidate.name}</Link>{" "}
                <span className="muted">{candidate.detail}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {data.unavailable ? (
        <p className="notice notice--error" role="alert">
          {t("search.unavailable")}
        </p>
      ) : null}

      <section
        className="card stack search-results"
        aria-labelledby="results-title"
        aria-busy={navigation.state === "loading" || undefined}
      >
        <h2 id="results-title" className="visually-hidden">
          {t("search.results")}
        </h2>
        <div role="status" aria-live="polite" aria-atomic="true">
          <p className="search-summary">{summary}</p>
        </div>

        <nav className="search-filters" aria-label={t("search.filters")}>
          <ChipGroup
            id="filter-kind"
            label={t("search.filter.kind")}
            chips={QUESTION_KINDS.map((kind) => ({
              key: kind,
              label: t(`kind.${kind}`),
              count: facets.kind[kind] ?? 0,
              selected: params.kinds.includes(kind),
              href: searchHref(state, { type: toggle(state.type, kind) }),
            }))}
          />
          <ChipGroup
            id="filter-category"
            label={t("search.filter.category")}
            chips={CATEGORIES.map((category) => ({
              key: category,
              label: t(`category.${category}` as MessageKey),
              count: facets.category[category] ?? 0,
              selected: params.categories.includes(category),
              href: searchHref(state, { categorie: toggle(state.categorie, category) }),
            }))}
          />
          <ChipGroup
            id="filter-solved"
            label={t("search.filter.solved")}
            chips={([true, false] as const).map((solved) => ({
              key: String(solved),
              label: t(solved ? "search.filter.solvedTrue" : "search.filter.solvedFalse"),
              count: facets.solved[solved ? "true" : "false"] ?? 0,
              selected: params.solved === solved,
              href: searchHref(state, { resolu: params.solved === solved ? null : solved }),
            }))}
          />
          {filtered ? (
            <p className="search-filters__clear">
              <Link to={searchHref(state, { type: [], categorie: [], resolu: null })}>
                {t("search.filter.clear")}
              </Link>
            </p>
          ) : null}
        </nav>

        <nav aria-label={t("search.sort")}>
          <ul className="tabs">
            {sorts.map((value) => (
              <li key={value}>
                <Link
                  to={searchHref(state, { tri: value })}
                  className="tab"
                  aria-current={value === sort ? "page" : undefined}
                  preventScrollReset
                >
                  {t(`search.sort.${value}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>

        {data.unavailable ? null : hits.length === 0 ? (
          <div className="empty-state">
            <p className="search-empty__title">{t("search.empty")}</p>
            <p>{t("search.emptyHint")}</p>
            <p>
              <Link to={askHref} className="button">
                {params.q ? t("search.emptyCta") : t("search.emptyCtaNoQuery")}
              </Link>
            </p>
          </div>
        ) : (
          <ol className="question-items search-hits">
            {hits.map((hit) => (
              <li key={hit.id} className="question-item search-hit">
                <p className="question-item__badges">
                  <span className={`kind-badge kind-badge--${hit.kind}`}>
                    {t(`kind.${hit.kind}`)}
                  </span>
                  {hit.solved ? (
                    <span className="status-badge status-badge--resolved">
                      {t("question.solved")}
                    </span>
                  ) : null}
                  <span className="muted">{t(`category.${hit.category}` as MessageKey)}</span>
                </p>
                <h3 className="question-item__title">
                  <Link to={hit.path}>
                    {/* The engine escapes the title and adds only <mark> (search/engine.ts). */}
                    <span dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
                  </Link>
                </h3>
                {hit.snippetHtml ? (
                  <p
                    className="search-hit__snippet"
                    // Escaped by the engine too, with <mark> around the words found.
                    dangerouslySetInnerHTML={{ __html: hit.snippetHtml }}
                  />
                ) : null}
                <p className="question-item__meta">
                  <span>
                    {hit.distanceKm != null
                      ? `${hit.place.name} · ${t("list.distance", { distance: formatNumber(locale, hit.distanceKm) })}`
                      : hit.place.name}
                  </span>
                  <span>
                    {hit.answerCount === 0
                      ? t("search.answers.none")
                      : t("search.answers", { count: hit.answerCount })}
                  </span>
                  <span suppressHydrationWarning>{relativeTime(locale, hit.createdAt)}</span>
                </p>
              </li>
            ))}
          </ol>
        )}

        {pageCount > 1 ? (
          <Pagination
            current={params.page}
            count={pageCount}
            href={(page) => searchHref(state, { page })}
          />
        ) : null}
      </section>
    </section>
  );
}

type Chip = { key: string; label: string; count: number; selected: boolean; href: string };

/** Filters as links (they work without JavaScript); values that would find nothing are left out. */
function ChipGroup({ id, label, chips }: { id: string; label: string; chips: Chip[] }) {
  const t = useTranslate();
  const shown = chips.filter((chip) => chip.selected || chip.count > 0);
  if (!shown.length) return null;
  return (
    <div className="chip-group">
      <p id={id} className="chip-group__label">
        {label}
      </p>
      <ul className="chips" aria-labelledby={id}>
        {shown.map((chip) => (
          <li key={chip.key}>
            <Link
              to={chip.href}
              className="chip"
              aria-current={chip.selected ? "true" : undefined}
              preventScrollReset
            >
              {chip.selected ? <span aria-hidden="true">✓ </span> : null}
              {chip.label} <span className="chip__count">({chip.count})</span>
              {chip.selected ? (
                <span className="visually-hidden">, {t("search.filter.active")}</span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Page links: the first, the last, and two either side of the current one. */
function Pagination({
  current,
  count,
  href,
}: {
  current: number;
  count: number;
  href: (page: number) => string;
}) {
  const t = useTranslate();
  const pages = Array.from({ length: count }, (_, index) => index + 1).filter(
    (page) => page === 1 || page === count || Math.abs(page - current) <= 2,
  );
  return (
    <nav aria-label={t("search.pages")}>
      <ul className="search-pages">
        {current > 1 ? (
          <li>
            <Link to={href(current - 1)} rel="prev" className="search-pages__link">
              {t("search.previous")}
            </Link>
          </li>
        ) : null}
        {pages.map((page, index) => (
          <li key={page}>
            {index > 0 && page - pages[index - 1]! > 1 ? (
              <span className="search-pages__gap" aria-hidden="true">
                …
              </span>
            ) : null}
            <Link
              to={href(page)}
              className="search-pages__link"
              aria-current={page === current ? "page" : undefined}
              aria-label={t("search.page", { page })}
            >
              {page}
            </Link>
          </li>
        ))}
        {current < count ? (
          <li>
            <Link to={href(current + 1)} rel="next" className="search-pages__link">
              {t("search.next")}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
