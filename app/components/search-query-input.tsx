import { forwardRef, type InputHTMLAttributes } from "react";
import { SEARCH_QUERY_MAX_LENGTH } from "#app/domain/questions";
import { SEARCH_PARAM } from "#app/domain/search-url";

/** The words of a search (`q` of /search): one field for the header's box and the search page. */
export const SearchQueryInput = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(
  function SearchQueryInput(props, ref) {
    return (
      <input
        ref={ref}
        name={SEARCH_PARAM.q}
        type="search"
        inputMode="search"
        enterKeyHint="search"
        autoComplete="off"
        maxLength={SEARCH_QUERY_MAX_LENGTH}
        {...props}
      />
    );
  },
);
