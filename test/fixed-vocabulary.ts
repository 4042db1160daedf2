import type { Vocabulary } from "#search/embedded/vocabulary";

/**
 * A vocabulary that answers from fixed lists, as the index's would, for
 * unit tests of the embedded engine's steps: by default every word is its
 * only variant, and no word has typo variants or longer words it starts.
 */
export function fixedVocabulary(
  lists: {
    variants?: Record<string, [string, number][]>;
    prefixVariants?: Record<string, [string, number][]>;
    starting?: Record<string, { words: string[]; complete: boolean }>;
  } = {},
): Vocabulary {
  return {
    refresh() {},
    variants: (word) => new Map(lists.variants?.[word] ?? [[word, 0]]),
    prefixVariants: (prefix) => new Map(lists.prefixVariants?.[prefix] ?? []),
    startingWith: (prefix) => lists.starting?.[prefix] ?? { words: [], complete: true },
    size: 0,
  };
}
