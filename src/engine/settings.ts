import type { ConfidenceSettings } from './confidence';
import type { ClassifierSettings } from './entry-classifier';
import type { PhrasingFitSettings } from './phrasing-fit';

// Every number that shapes the engine's decisions, in one place. The defaults were chosen on the
// dev split of tests/eval (never on the held-out test split); `eval` shows what a change does.

export interface EngineSettings
  extends ConfidenceSettings, PhrasingFitSettings, ClassifierSettings {
  /** Answer when the confidence in the best entry (confidence.ts) is at least this (0..1). */
  answerThreshold: number;
  /**
   * The same for a question read from another language (languages.yaml): read word by word, it
   * keeps words no entry uses and loses word order, so its scores run lower for the same match.
   */
  translatedAnswerThreshold: number;
  /** Below the answer threshold, offer "did you mean" entries scoring at least this. */
  suggestThreshold: number;
  /**
   * When the runner-up is closer than this, the bot asks which was meant instead of answering:
   * on held-out phrasings it cut wrong answers from 39% to 28% of those given, for 2 points of
   * right answers (tests/bench/tune.ts).
   */
  ambiguityMargin: number;
  /** Weight of coverage (how much of the question the entry explains); the rest is phrasing similarity. */
  coverageWeight: number;
  /** How much a word found only in an entry's answer counts, against 1 for its phrasings. */
  answerStrength: number;
  /** How much a match through a word-family variant counts (0 turns variants off). */
  variantStrength: number;
  /** Candidate entries scored per question: the BM25 prefilter keeps this small at any size. */
  candidates: number;
}

// coverageWeight 0.6, answerThreshold 0.75, separationWeight 1.3 and separationCap 0.3, from
// tests/bench/tune.ts: held-out phrasings, phrasings of removed entries, and the dev split with its
// blind probes and blind near misses. Coverage 0.6 rather than 0.7 cut wrong answers on held-out
// phrasings from 3.7% to 2.1% of those given and raised abstention on removed entries from 87% to
// 90%, for the same share of right answers on dev. Its top four rows lie within 0.015 of each other;
// this one (second) keeps wrong answers on held-out phrasings under 2% without giving up the 4 to 6
// points of right answers that the first (threshold 0.8) does: right answers are the target
// (>= 90%) every measure still misses, while abstention is near or above its own.
// Re-checked after the rival rule (rival.ts) on the dev split: thresholds 0.78 / 0.75 / 0.72 (French and German
// 0.03 lower) answer 75.5% / 78.8% / 80.9% of covered questions right, abstain on 91.8% / 90.5% / 88.8% of the
// others and give 4.4% / 5.0% / 5.4% wrong answers: 154.1 / 154.3 / 153.5 under tune's weighing (right +
// abstention - 3 x wrong), so 0.75 stays; on the fact files 0.72 would answer 12 more of 250 right and abstain on
// 4 fewer of 42.
// translatedAnswerThreshold 0.72, below the English 0.75: a question read word by word from French or
// German keeps words no entry uses and loses its word order, so the same match scores lower. Blind
// batches measured when they arrived, before they shaped the glossary (first runs, 0.7 against 0.75,
// 200 questions each): foreign-blind-16/17 gave 15 more right, 1 fewer abstention, 5 more wrong; 18/19:
// 23 more right, 1 fewer abstention, 3 more wrong; 20/21: 18 more right, same abstention, 1 more wrong;
// 22/23: 18 more right, same abstention, 1 fewer wrong (a gain over the eight under the weighing of
// tests/bench/tune.ts: right + abstention - 3 x wrong). On the whole dev split 0.7 ties with 0.75 (right
// 71.9% -> 75.6%, abstention 92.0% -> 90.5%, wrong 4.0% -> 4.7%), and 0.72 is best (74.5%, 91.4%, 4.4%);
// on batches 22/23, 0.72 keeps most of 0.7's gain (56.5% -> 59.7% right, wrong 4.5% -> 3.8%).
// Re-checked after the decline entries (kind: decline), which now keep many near misses out: on the dev split the
// French/German threshold weighs 169.9 / 170.0 / 170.3 / 170.2 / 170.1 at 0.72 / 0.71 / 0.70 / 0.69 / 0.68 (right +
// abstention - 3 x wrong), a flat curve whose top is 0.70 (right 81.3% -> 82.3%, abstention 96.7% -> 96.5%, wrong
// 2.7% -> 2.8%); the English threshold stays best at 0.75 (0.72: 169.3; 0.78: 169.3).
// fitWeight 0.01 (phrasing-fit.ts), chosen on the dev split with the knowledge base of 15ebfdd (npm run tune ends
// with this sweep on the base of its time): 0 / 0.005 / 0.01 / 0.015 / 0.02 / 0.03 weigh 170.3 /
// 171.7 / 172.6 / 171.7 / 170.3 / 168.7 (right + abstention - 3 x wrong); at 0.01 right when covered 82.3% -> 85.9%,
// abstention 96.5% -> 95.6%, wrong 2.8% -> 2.9%. Smoothing 0.03 / 0.1 / 0.3: 172.3 / 172.6 / 172.2. The thresholds
// stay: moved with it (0.73 or 0.77) they weigh less. Held-out, once, after the choice: 80.2% -> 82.8% right, 91.9%
// -> 92.8% abstention, 3.1% -> 3.2% wrong; blind batch 31 (first run): 67.5% -> 72.5%, 97.5% -> 96.3%, 6.9% -> 7.9%.
// fitWeight 0.02 since the decline entries grew (a6c479c): right answers are the one held-out target still missed, so
// the choice on the dev split became the most right answers among settings no worse than the session's start
// (0.01 with the knowledge base before: 87.8% right, 94.3% abstention, 3.4% wrong) on abstention and wrong answers.
// At thresholds 0.75 / 0.70, fitWeight 0.01 / 0.02 / 0.025 / 0.03 give 87.2 / 88.8 / 89.3 / 89.5% right, 96.4 / 95.2 /
// 94.8 / 94.1% abstention, 2.9 / 3.2 / 3.3 / 3.4% wrong; lowering the thresholds at 0.01 buys less (0.71 / 0.66:
// 88.6%, 94.9%, 3.4%). 0.025 passes too, but on blind batch 33 it answers no more right than 0.02 (90.6%) and
// abstains less (92.5% against 93.8%), so the smaller step. Held-out, once, after the choice: 84.4% -> 86.2% right,
// 93.7% -> 91.9% abstention, 3.6% -> 4.0% wrong.
// agreementWeight 0.15 with thresholds 0.74 / 0.71 (entry-classifier.ts), by the rule above: the most right answers on
// the dev split among settings no worse than the engine before on abstention and wrong answers. The dev split now holds
// blind batch 34, whose first run (engine before, 0.75 / 0.70) read 86.9% right, 95.0% abstention, 9.2% wrong. Dev
// before: 88.8% / 95.2% / 3.3%. Weight 0.15 at 0.74 / 0.71: 89.4% / 95.2% / 2.7%; 0.2 at 0.73 / 0.70: 89.7% / 95.0% /
// 2.6%; 0.3 at 0.72 / 0.69: 89.9% / 94.5% / 2.7%. On blind batches 33 and 34 together (88.8% / 94.4% / 6.9% before)
// the choice reads 89.4% / 94.4% / 5.9%. The classifier tells right best entries from wrong ones: everywhere it cut
// wrong answers; fresh questions want a lower threshold than dev (on the blind batches 0.68 / 0.65 at weight 0.3 read
// 91.6% / 95.6% / 5.5%), but on dev that costs 2.8 points of abstention, so the dev rule holds.
// Held-out, once, after the choice: 86.1% -> 85.1% right, 91.9% -> 93.7% abstention, 4.0% -> 2.9% wrong.
// classifierCandidates 10: 5 and 20 read the same within 0.3 point on dev.
// candidates 30: 20 gives the same answers on the dev split within 0.3 point (87.7% / 94.5% / 3.3% against
// 87.6% / 94.5% / 3.3%) and scores a third fewer entries, but a phrasing whose words many other entries share
// ("why was it set up": "set up" is "launch") then falls out of the candidates before it is scored.
export const DEFAULT_SETTINGS: Readonly<EngineSettings> = Object.freeze({
  answerThreshold: 0.74,
  translatedAnswerThreshold: 0.71,
  suggestThreshold: 0.3,
  ambiguityMargin: 0.06,
  coverageWeight: 0.6,
  answerStrength: 0.35,
  variantStrength: 0.6,
  candidates: 30,
  separationWeight: 1.3,
  separationCap: 0.3,
  fitWeight: 0.02,
  fitSmoothing: 0.1,
  agreementWeight: 0.15,
  classifierCandidates: 10,
});
