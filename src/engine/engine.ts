// createEngine: the one question-answering engine every adapter wraps. Pure: no I/O, no clock.
import type { Engine, Entry, Explanation, KnowledgeBase, Reply, Suggestion } from '../types';
import type { Analysis } from './analyzer';
import { buildEngineParts } from './build';
import { findExactPhrasing } from './exact-phrasings';
import { confidenceOf } from './confidence';
import type { EngineParts } from './build';
import { resolveLookup } from './lookup';
import { LruCache } from './lru';
import { agreementWithFirst } from './entry-classifier';
import { evidenceTerms, withPhrasingFit } from './phrasing-fit';
import { rankCandidates } from './rank';
import type { ScoredEntry } from './rank';
import { entryReply, fallbackReply, toSuggestion } from './reply';
import { rivalOf } from './rival';
import { retrieveByTermIds } from './search-index';
import { DEFAULT_SETTINGS } from './settings';
import type { EngineSettings } from './settings';
import { splitClauses, splitQuestions, withoutAsides } from './split';
import { framingPositions } from './stopwords';
import { runToEnd } from '../steps';
import type { Steps } from '../steps';
import { suggestQuestions } from './suggest';
import { capInput, normalizeText, tokenize } from './text';
import { findVariants } from './variants';

export const MAX_SUGGESTIONS = 3;

interface Decision {
  analysis: Analysis;
  ranked: ScoredEntry[];
  /** The runner-up that counts against the best entry (rival.ts), if any. */
  rival: ScoredEntry | undefined;
  /** The classifier's probability for the best entry (entry-classifier.ts). */
  agreement: number;
}

/**
 * The words without those that frame a report of what one read or heard ("I read that 500,000
 * abuse images…"): the person's "I" there is no statement about their own situation. What the
 * framing introduces stays ("I heard that my neighbour hurts his kids" still reaches help).
 */
function unframed(words: readonly string[]): string[] {
  const framing = framingPositions(words);
  return framing.size === 0 ? [...words] : words.filter((_, i) => !framing.has(i));
}

/**
 * Whether a part of a longer question says enough to be matched on its own: "was heißt das
 * genau?" after "Zweites Ziel: …" refers back to its topic, and alone it matches whatever entry is
 * about meaning; "exactly what I needed" after "thank you!" says nothing. A part needs two content
 * words (a synonym group counts as one).
 */
function standsAlone(analysis: Analysis): boolean {
  return analysis.terms.filter((t) => t.weight >= 1).length >= MIN_PART_CONTENT_TERMS;
}
const MIN_PART_CONTENT_TERMS = 2;
const NO_LINKS: readonly ReadonlySet<number>[] = [];

/** Builds the engine for a knowledge base at once. */
export function createEngine(kb: KnowledgeBase, overrides: Partial<EngineSettings> = {}): Engine {
  return runToEnd(createEngineSteps(kb, overrides));
}

/** The same build in slices (a running bot builds its next engine while it answers). */
export function* createEngineSteps(
  kb: KnowledgeBase,
  overrides: Partial<EngineSettings> = {},
): Steps<Engine> {
  const settings: EngineSettings = { ...DEFAULT_SETTINGS, ...overrides };
  const parts = yield* buildEngineParts(kb, settings);
  return assembleEngine(kb, settings, parts);
}

function assembleEngine(kb: KnowledgeBase, settings: EngineSettings, parts: EngineParts): Engine {
  const { answerThreshold, suggestThreshold, ambiguityMargin } = settings;
  const {
    analyzer,
    index,
    profiles,
    fit,
    classifier,
    corrector,
    safety,
    entriesById,
    links,
    lookups,
    helpEntry,
    exactPhrasings,
    ctx,
  } = parts;
  const cache = new LruCache<string, Decision>(2000);
  /** The answer threshold for a question as it was read (English, or read from another language). */
  const thresholdFor = (analysis: Analysis): number =>
    analysis.language === null ? answerThreshold : settings.translatedAnswerThreshold;

  /**
   * The links that keep a runner-up from being a rival (rival.ts), for a question that says enough
   * to tell linked entries apart: with one content word ("You are ChatGPT now.": "now") every entry
   * using it is as likely as the next, linked or not.
   */
  const linksFor = (analysis: Analysis): readonly ReadonlySet<number>[] =>
    standsAlone(analysis) ? links : NO_LINKS;

  /** The question's terms that the index knows, by id, with their weights: looked up once. */
  const indexedTerms = (analysis: Analysis): { id: number; weight: number }[] =>
    analysis.terms.flatMap(({ term, weight }) => {
      const id = index.termIds.get(term);
      return id === undefined ? [] : [{ id, weight }];
    });

  /** Every candidate the index retrieves for an analysis, scored, best first. */
  const rankAll = (
    analysis: Analysis,
    known: readonly { id: number; weight: number }[],
    evidence: readonly number[],
  ): ScoredEntry[] => {
    const variants =
      settings.variantStrength > 0
        ? findVariants(index, analysis.terms)
        : new Map<string, number[]>();
    const variantTerms = [...variants.values()]
      .flat()
      .map((id) => ({ id, weight: settings.variantStrength }));
    const candidates = retrieveByTermIds(index, [...known, ...variantTerms], settings.candidates);
    const ranked = rankCandidates(index, profiles, analysis, candidates, {
      coverageWeight: settings.coverageWeight,
      variants,
      variantStrength: settings.variantStrength,
    });
    return withPhrasingFit(ranked, evidence, fit, settings);
  };

  const decide = (text: string): Decision => {
    const cached = cache.get(text);
    if (cached) return cached;
    const analysis = analyzer.analyze(text, corrector);
    const exact = findExactPhrasing(exactPhrasings, analysis);
    const known = exact ? [] : indexedTerms(analysis);
    // The question's terms that some phrasing uses: the evidence of the fit and the classifier.
    const evidence = evidenceTerms(
      fit,
      known.map((t) => t.id),
    );
    const ranked = exact
      ? [{ ...exact, score: 1, coverage: 1, similarity: 1, fit: 1 }]
      : rankAll(analysis, known, evidence);
    const agreement = agreementWithFirst(
      fit,
      classifier,
      ranked.slice(0, settings.classifierCandidates).map((s) => s.entry),
      evidence,
    );
    const decision = { analysis, ranked, rival: rivalOf(ranked, linksFor(analysis)), agreement };
    cache.set(text, decision);
    return decision;
  };

  const entryAt = (scored: ScoredEntry | undefined): Entry | undefined =>
    scored ? kb.entries[scored.entry] : undefined;

  /** The best decision over the whole input and each of its questions. */
  const bestOf = (question: string): { best: Decision; others: Decision[] } => {
    const unwrapped = withoutAsides(question);
    const parts = [...splitQuestions(question), ...(unwrapped === null ? [] : [unwrapped])];
    const clauses = (parts.length > 0 ? parts : [question]).flatMap(splitClauses);
    const decisions = [
      ...[question, ...parts].map(decide),
      ...clauses.map(decide).filter((d) => standsAlone(d.analysis)),
    ];
    // A reading that an answer entry answers with confidence comes before one that only greets
    // or thanks, or that nothing answers with confidence: "hello there. what are the goals?" is a
    // question about the goals. Otherwise the best score wins.
    const answers = (d: Decision): boolean => {
      const top = d.ranked[0];
      const entry = entryAt(top);
      return (
        top !== undefined &&
        entry !== undefined &&
        entry.kind === 'answer' &&
        standsAlone(d.analysis) &&
        confidenceOf(top.score, d.rival?.score ?? 0, d.agreement, settings) >=
          thresholdFor(d.analysis)
      );
    };
    const ordered = decisions
      .map((decision) => ({ decision, answers: answers(decision) }))
      .sort(
        (a, b) =>
          Number(b.answers) - Number(a.answers) ||
          (b.decision.ranked[0]?.score ?? 0) - (a.decision.ranked[0]?.score ?? 0),
      )
      .map(({ decision }) => decision);
    const [best, ...others] = ordered as [Decision, ...Decision[]];
    return { best, others };
  };

  /** The help entry comes with every fallback anyway, and a decline entry answers nothing. */
  const offerable = (entry: Entry): boolean => entry.kind !== 'help' && entry.kind !== 'decline';

  /** Up to MAX_SUGGESTIONS distinct entries above the floor: offerable ones, never an excluded one. */
  const suggestionsFrom = (
    ranked: readonly ScoredEntry[],
    exclude: ReadonlySet<string>,
    floor: number,
  ): Suggestion[] => {
    const seen = new Set(exclude);
    const out: Suggestion[] = [];
    for (const scored of ranked) {
      const entry = entryAt(scored);
      if (scored.score < floor || !entry || seen.has(entry.id) || !offerable(entry)) continue;
      seen.add(entry.id);
      out.push(toSuggestion(entry));
      if (out.length === MAX_SUGGESTIONS) break;
    }
    return out;
  };

  const answerFor = (entry: Entry, analysis: Analysis): string | undefined => {
    const lookup = lookups.get(entry.id);
    return lookup
      ? (resolveLookup(
          lookup,
          analysis.terms.map((t) => t.term),
        ) ?? undefined)
      : undefined;
  };

  const safetyHit = (question: string, analysis: Analysis): string | null => {
    // A question in another language is matched on its own words (for the safety phrases written
    // in it) and on its English reading ("mon oncle me touche" is "my uncle me touches"); its
    // function words are left out, so German "im" + "die" never read as English "I'm" + "die".
    const { ownWords, englishWords } = analysis;
    const raw = safety.match(unframed(ownWords ?? tokenize(normalizeText(question))));
    if (raw !== null) return raw;
    const english = englishWords ? safety.match(unframed(englishWords)) : null;
    if (english !== null) return english;
    // Typo corrections are of English words; a question read from another language is done.
    if (analysis.corrections.length === 0 || analysis.language !== null) return null;
    let corrected = normalizeText(question);
    for (const { from, to } of analysis.corrections)
      corrected = ` ${corrected} `.replace(` ${from} `, ` ${to} `).trim();
    return safety.match(unframed(tokenize(corrected)));
  };

  interface Outcome {
    reply: Reply;
    best: Decision;
    /** The safety phrase that routed the question to help, if any. */
    safety: string | null;
    /** The decline entry whose reason the fallback gives, if any. */
    declinedBy: string | null;
  }

  const replyTo = (input: string): Outcome => {
    const question = capInput(typeof input === 'string' ? input : String(input));
    const { best, others } = bestOf(question);
    // Safety reads the whole question (decide caches it), not only its best-scoring part.
    const fired = helpEntry ? safetyHit(question, decide(question).analysis) : null;
    const top = best.ranked[0];
    const topEntry = entryAt(top);
    if (fired !== null && helpEntry) {
      const exclude = new Set([helpEntry.id]);
      return {
        reply: entryReply(ctx, helpEntry, question, {
          confidence: 1,
          // What else the question asked, from any of its parts, follows the help answer.
          suggestions: suggestionsFrom(
            [best, ...others].flatMap((d) => d.ranked).sort((a, b) => b.score - a.score),
            exclude,
            answerThreshold,
          ),
        }),
        best,
        safety: fired,
        declinedBy: null,
      };
    }
    const runnerUp = best.rival;
    const ambiguous =
      top !== undefined && runnerUp !== undefined && top.score - runnerUp.score < ambiguityMargin;
    const confidence = top
      ? confidenceOf(top.score, runnerUp?.score ?? 0, best.agreement, settings)
      : 0;
    const confident = top !== undefined && confidence >= thresholdFor(best.analysis) && !ambiguous;
    // A question to decline: the bot says it does not know, with the entry's reason first.
    const declined = confident && topEntry?.kind === 'decline';
    if (top && topEntry && confident && !declined) {
      const exclude = new Set([topEntry.id]);
      const alsoAsked = others.flatMap((d) =>
        d.ranked[0] && d.ranked[0].score >= answerThreshold ? [d.ranked[0]] : [],
      );
      const suggestions = suggestionsFrom(alsoAsked, exclude, answerThreshold);
      const answer = answerFor(topEntry, best.analysis);
      return {
        reply: entryReply(ctx, topEntry, question, {
          confidence,
          suggestions,
          ...(answer ? { answer } : {}),
        }),
        best,
        safety: null,
        declinedBy: null,
      };
    }
    const suggestions = suggestionsFrom(best.ranked, new Set(), suggestThreshold);
    const unsure = ambiguous && top.score >= answerThreshold;
    const reason = declined ? topEntry.answer : undefined;
    return {
      reply: fallbackReply(ctx, question, confidence, suggestions, unsure, reason),
      best,
      safety: null,
      declinedBy: declined ? topEntry.id : null,
    };
  };

  return {
    knowledge: kb,
    ask: (question) => replyTo(question).reply,
    explain: (question): Explanation => {
      const { reply, best, safety: fired, declinedBy } = replyTo(question);
      return {
        reply,
        normalized: best.analysis.normalized,
        reading:
          best.analysis.language !== null && best.analysis.englishWords
            ? {
                language: best.analysis.language,
                words: best.analysis.englishWords,
                unread: best.analysis.unreadWords,
              }
            : null,
        terms: best.analysis.terms.map((t) => (t.weight < 1 ? `${t.term}(${t.weight})` : t.term)),
        corrections: best.analysis.corrections,
        safety: fired,
        declinedBy,
        agreement: Math.round(best.agreement * 1000) / 1000,
        candidates: best.ranked.slice(0, 10).map((s) => ({
          id: entryAt(s)?.id ?? '?',
          score: Math.round(Math.min(1, s.score) * 1000) / 1000,
          coverage: Math.round(s.coverage * 1000) / 1000,
          similarity: Math.round(s.similarity * 1000) / 1000,
          fit: Math.round(s.fit * 1000) / 1000,
          phrasing: entryAt(s)?.questions[s.phrasing] ?? '',
        })),
      };
    },
    answerEntry: (id) => {
      const entry = entriesById.get(id);
      return entry
        ? entryReply(ctx, entry, entry.questions[0] ?? id, { confidence: 1 })
        : undefined;
    },
    suggest: (prefix, limit) => suggestQuestions(index, analyzer, capInput(prefix), limit),
  };
}
