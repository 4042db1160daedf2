import { Link } from "@remix-run/react";
import { useTranslate } from "#app/i18n/i18n";
import type { MessageKey } from "#app/i18n/messages";
import { CATEGORIES, QUESTION_KINDS } from "#app/domain/questions";
import type { SearchPageParams, SearchPageSort } from "#app/domain/search-url";

/** How many results each filter value would give (the search engine's facet counts). */
type Facets = {
  kind: Partial<Record<string, number>>;
  category: Partial<Record<string, number>>;
  solved: { true?: number; false?: number };
};

/** The link to the search on screen with some parameters changed. */
type Href = (changes: Partial<SearchPageParams>) => string;

const toggle = <T,>(values: T[], value: T) =>
  values.includes(value) ? values.filter((v) => v !== value) : [...values, value];

/** The chips of a repeatable parameter (kinds, categories): each adds its value, or takes it out. */
function listChips<T extends string>(
  values: readonly T[],
  selected: T[],
  counts: Partial<Record<string, number>>,
  link: { label: (value: T) => string; href: (next: T[]) => string },
): Chip[] {
  return values.map((value) => ({
    key: value,
    label: link.label(value),
    count: counts[value] ?? 0,
    selected: selected.includes(value),
    href: link.href(toggle(selected, value)),
  }));
}

/** Kind, category and solved, as links that keep the rest of the search. */
export function SearchFilters({
  params,
  facets,
  href,
}: {
  params: SearchPageParams;
  facets: Facets;
  href: Href;
}) {
  const t = useTranslate();
  // Kind, category and solved are questions' filters: listings alone have none of them.
  if (params.content === "fiches") return null;
  const active = params.kinds.length + params.categories.length + (params.solved === null ? 0 : 1);
  const counts = [facets.kind, facets.category, facets.solved].flatMap((group) =>
    Object.values(group),
  );
  // Nothing to filter (no result, no filter on): no fold, no empty landmark.
  if (!active && !counts.some((count) => (count ?? 0) > 0)) return null;
  // On a phone the chips stay folded, so the first result shows without
  // scrolling; wider screens always show them (search.css, ::details-content).
  return (
    <details className="search-filters-fold">
      <summary className="search-filters-fold__summary">
        {t("search.filter.show")}
        {active ? ` · ${t("search.filter.activeCount", { count: active })}` : null}
      </summary>
      <nav className="search-filters" aria-label={t("search.filters")}>
        <ChipGroup
          id="filter-kind"
          label={t("search.filter.kind")}
          chips={listChips(QUESTION_KINDS, params.kinds, facets.kind, {
            label: (kind) => t(`kind.${kind}`),
            href: (kinds) => href({ kinds }),
          })}
        />
        <ChipGroup
          id="filter-category"
          label={t("search.filter.category")}
          chips={listChips(CATEGORIES, params.categories, facets.category, {
            label: (category) => t(`category.${category}` as MessageKey),
            href: (categories) => href({ categories }),
          })}
        />
        <ChipGroup
          id="filter-solved"
          label={t("search.filter.solved")}
          chips={([true, false] as const).map((solved) => ({
            key: String(solved),
            label: t(solved ? "search.filter.solvedTrue" : "search.filter.solvedFalse"),
            count: facets.solved[solved ? "true" : "false"] ?? 0,
            selected: params.solved === solved,
            href: href({ solved: params.solved === solved ? null : solved }),
          }))}
        />
        {active ? (
          <p className="search-filters__clear">
            <Link to={href({ kinds: [], categories: [], solved: null })}>
              {t("search.filter.clear")}
            </Link>
          </p>
        ) : null}
      </nav>
    </details>
  );
}

/** Relevance, distance (only around a place) and date, as tabs. */
export function SortTabs({
  sorts,
  current,
  href,
}: {
  sorts: SearchPageSort[];
  current: SearchPageSort;
  href: Href;
}) {
  const t = useTranslate();
  return (
    <nav aria-label={t("search.sort")}>
      <ul className="tabs">
        {sorts.map((value) => (
          <li key={value}>
            <Link
              to={href({ sort: value })}
              className="tab"
              aria-current={value === current ? "page" : undefined}
              preventScrollReset
            >
              {t(`search.sort.${value}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
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
