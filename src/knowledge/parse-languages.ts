// Reads knowledge/languages.yaml: the other languages questions may be asked in, each with its
// function words and a glossary into English. Every problem is reported where it stands.
import { isMap, isScalar } from 'yaml';
import type { Node } from 'yaml';
import type { Language } from '../types';
import { foldText } from '../engine/text';
import type { Field, ReadContext } from './node-readers';
import { readFields, readString, readStringList, readTopList, report, scalarText } from './node-readers';

const LANGUAGE_FIELDS = [
  'code',
  'name',
  'function_words',
  'endings',
  'respellings',
  'compound_linkers',
  'separable_particles',
  'words',
] as const;
/** Longer expressions would be sentences, not glossary keys; matching tries at most this many words. */
export const MAX_KEY_WORDS = 5;

/**
 * languages.yaml: `languages:` a list of {code, name, function_words, endings, respellings,
 * compound_linkers, separable_particles, words}.
 */
export function parseLanguages(ctx: ReadContext): Language[] {
  const items = readTopList(ctx, 'languages');
  if (!items) return [];
  const seenCodes = new Set<string>();
  return items.flatMap((item) => {
    const fields = readFields(ctx, item, 'a language', LANGUAGE_FIELDS);
    if (!fields) return [];
    const code = readString(ctx, fields, 'code', 'a language', item);
    const name = readString(ctx, fields, 'name', 'a language', item);
    if (code !== undefined && !/^[a-z]{2,3}$/.test(code)) {
      report(ctx, fields.get('code')?.value, 'BAD_LANGUAGE_CODE', `language code "${code}" must be a lower-case ISO 639 code such as "fr"`);
    } else if (code !== undefined && seenCodes.has(code)) {
      report(ctx, fields.get('code')?.value, 'DUPLICATE_LANGUAGE', `language "${code}" is defined twice`);
    }
    const what = `language ${code ?? '?'}`;
    const functionWords = readStringList(ctx, fields, 'function_words', what, item, { required: true, minItems: 1 }) ?? [];
    const endings =
      readStringList(ctx, fields, 'endings', what, item, { required: false }) ?? [];
    const respellings = fields.has('respellings') ? readMapping(ctx, fields, 'respellings', what, item) : [];
    // An empty list is meaningful: compounds split with no joining letters.
    const compoundLinkers = fields.has('compound_linkers')
      ? (readStringList(ctx, fields, 'compound_linkers', what, item, { required: true }) ?? [])
      : null;
    const separableParticles =
      readStringList(ctx, fields, 'separable_particles', what, item, { required: false }) ?? [];
    const words = readMapping(ctx, fields, 'words', what, item);
    const functionSet = new Set(functionWords.map((w) => foldText(w.value)));
    for (const [foreign, , node] of words) {
      if (functionSet.has(foldText(foreign))) {
        report(ctx, node, 'FUNCTION_WORD_IN_GLOSSARY', `${what}: "${foreign}" is both a function word and a glossary word`);
      }
    }
    if (code === undefined || name === undefined) return [];
    seenCodes.add(code);
    const pairs = (items: [string, string, Node][]): [string, string][] => items.map(([a, b]) => [a, b]);
    return [
      {
        code,
        name,
        functionWords: functionWords.map((w) => w.value),
        endings: endings.map((e) => e.value),
        respellings: pairs(respellings),
        compoundLinkers: compoundLinkers?.map((l) => l.value) ?? null,
        separableParticles: separableParticles.map((p) => p.value),
        words: pairs(words),
      },
    ];
  });
}

/** A mapping field (`words`, `respellings`) of a foreign word or expression to its reading. */
function readMapping(
  ctx: ReadContext,
  fields: Map<string, Field>,
  field: string,
  what: string,
  owner: Node,
): [string, string, Node][] {
  if (!fields.has(field)) {
    report(ctx, owner, 'MISSING_FIELD', `${what} is missing "${field}"`);
    return [];
  }
  const node = fields.get(field)?.value ?? null;
  if (!isMap(node)) {
    report(ctx, node ?? owner, 'WRONG_TYPE', `${what}: "${field}" must be a mapping of word: English reading`);
    return [];
  }
  const out: [string, string, Node][] = [];
  for (const pair of node.items) {
    const key = pair.key as Node;
    const foreign = scalarText(key);
    const english = scalarText(pair.value);
    if (!foreign || !isScalar(key)) {
      report(ctx, key, 'WRONG_TYPE', `${what}: every key of "${field}" must be a non-empty word`);
    } else if (!english) {
      report(ctx, (pair.value as Node | null) ?? key, 'EMPTY_FIELD', `${what}: "${foreign}" needs an English reading`);
    } else if (foldText(foreign).split(' ').length > MAX_KEY_WORDS) {
      report(ctx, key, 'KEY_TOO_LONG', `${what}: "${foreign}" has more than ${MAX_KEY_WORDS} words`);
    } else if (foldText(foreign) === '' || foldText(english) === '') {
      report(ctx, key, 'EMPTY_FIELD', `${what}: "${foreign}: ${english}" has no letters or digits`);
    } else out.push([foreign, english, key]);
  }
  return out;
}
