// Answers "Is X one of them?" from an entry's lookup list: the value named in the question picks
// the found or notFound text; no value named leaves the entry's own answer.
import type { Lookup } from '../types';
import type { Analyzer } from './analyzer';

export interface CompiledLookup {
  values: { name: string; terms: string[] }[];
  others: { name: string; terms: string[] }[];
  found: string;
  notFound: string;
}

export function compileLookup(lookup: Lookup, analyzer: Analyzer): CompiledLookup {
  const compile = (list: Lookup['values']) =>
    list.flatMap((value) =>
      [value.name, ...value.aliases]
        .map((text) => ({
          name: value.name,
          terms: analyzer.analyze(text).terms.map((t) => t.term),
        }))
        .filter((v) => v.terms.length > 0),
    );
  return {
    values: compile(lookup.values),
    others: compile(lookup.others),
    found: lookup.found,
    notFound: lookup.notFound,
  };
}

/**
 * Whether the needle occurs in the haystack as a run of consecutive items: a name's terms among a
 * question's ("the czech republic"), by term or by term id. An empty needle names nothing.
 */
export function containsSequence<T>(haystack: readonly T[], needle: readonly T[]): boolean {
  if (needle.length === 0) return false;
  // A plain loop rather than needle.every(…): scoring calls this for every name of a lookup.
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    let k = 0;
    while (k < needle.length && haystack[i + k] === needle[k]) k++;
    if (k === needle.length) return true;
  }
  return false;
}

/** At most this many named values are answered in one reply. */
const MAX_NAMED = 5;

/** The lookup answer for the question's terms, or null when it names no known value. */
export function resolveLookup(
  lookup: CompiledLookup,
  questionTerms: readonly string[],
): string | null {
  const named = (list: CompiledLookup['values']) => {
    const names = new Set<string>();
    for (const value of list)
      if (containsSequence(questionTerms, value.terms)) names.add(value.name);
    return [...names];
  };
  const found = named(lookup.values).map((name) => lookup.found.replaceAll('{name}', name));
  const notFound = named(lookup.others).map((name) => lookup.notFound.replaceAll('{name}', name));
  const sentences = [...found, ...notFound].slice(0, MAX_NAMED);
  return sentences.length > 0 ? sentences.join('\n') : null;
}
