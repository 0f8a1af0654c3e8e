// The repository's knowledge base as the content issue defines "done": valid, every phrasing
// retrieves its own entry, and every entry has held-out evaluation questions.
import path from 'node:path';
import { createEngine, formatProblem, loadKnowledge } from '../../src';
import { loadEvalSet } from '../../src/eval/eval-set';
import { lintKnowledge } from '../../src/knowledge/lint';
import { mustCiteSources } from '../../src/knowledge/parse-entries';

const loaded = loadKnowledge('knowledge');

describe('knowledge/', () => {
  if (!loaded.ok) throw new Error('knowledge/ is invalid: run alliance-bot check');
  const { kb } = loaded;
  const engine = createEngine(kb);

  it("has no lint problems: each entry's phrasings retrieve it, no confusable or unused parts", () => {
    expect(lintKnowledge(kb, engine).map(formatProblem)).toEqual([]);
  });

  it('gives every entry at least 5 phrasings and every answer or help entry a source', () => {
    expect(kb.entries.filter((e) => e.questions.length < 5).map((e) => e.id)).toEqual([]);
    expect(
      kb.entries.filter((e) => mustCiteSources(e.kind) && e.sources.length === 0).map((e) => e.id),
    ).toEqual([]);
  });

  // A decline entry is measured by the held-out near misses labelled none, not by its own id.
  it('has held-out evaluation questions for every entry that answers', () => {
    const heldOut = new Set(
      loadEvalSet([path.join('tests', 'eval')])
        .filter((q) => q.split === 'test')
        .map((q) => q.expect),
    );
    expect(
      kb.entries.filter((e) => e.kind !== 'decline' && !heldOut.has(e.id)).map((e) => e.id),
    ).toEqual([]);
  });

  it('answers "is <country> a member?" for each founding country, and never claims it for others', () => {
    const founding = kb.entries.find((e) => e.id === 'founding-countries');
    expect(founding?.lookup).toBeDefined();
    for (const value of founding?.lookup?.values ?? []) {
      const reply = engine.ask(`Is ${value.name} a member of the Global Alliance?`);
      expect({ name: value.name, answer: reply.answer.startsWith('Yes') }).toEqual({
        name: value.name,
        answer: true,
      });
    }
    for (const other of founding?.lookup?.others ?? []) {
      const reply = engine.ask(`Is ${other.name} a member of the Global Alliance?`);
      expect({ name: other.name, claimed: /^Yes/.test(reply.answer) }).toEqual({
        name: other.name,
        claimed: false,
      });
    }
  });

  it.each([
    "I'm writing a report for school. What was the Global Alliance against child sexual abuse online?",
    "I'm writing about scale. How many child abuse images were online according to the launch in 2012?",
  ])("GIVEN research framing around the initiative's name THEN %j is answered, not routed", (q) => {
    expect(engine.ask(q).kind).toBe('answer');
  });

  it.each([
    "I'm being blackmailed with nude pictures",
    'im 14 and someone is threatening to post my nudes',
    'I was abused, does the Global Alliance against Child Sexual Abuse Online help victims?',
  ])('GIVEN %j THEN the help answer comes first', (q) => {
    expect(engine.ask(q).kind).toBe('help');
  });
  // Read through knowledge/languages.yaml into English, then through the safety rules.
  it.each([
    "je suis victime d'abus sexuel",
    'Mon beau-père me touche la nuit et je ne sais pas à qui parler',
    "quelqu'un m'envoie des photos nues et me fait du chantage",
    "j'ai envie de mourir",
    'Mein Onkel fasst mich an und ich habe Angst',
    'Ich wurde als Kind missbraucht und brauche Hilfe',
    'Jemand erpresst mich mit Nacktbildern',
    'Ein Mann schreibt meiner Tochter und will Nacktfotos',
    'Im Nachbarhaus wird gerade ein Kind misshandelt, wen ruf ich an?',
    'I heard that my neighbour hurts his kids',
  ])('GIVEN the French or German %j THEN it gets the help answer first', (question) => {
    expect(engine.ask(question).kind).toBe('help');
  });

  it.each([
    "Que fait l'alliance contre la pédopornographie ?",
    'Wie viele Opfer wurden laut der Erklärung identifiziert?',
    "Quels sont les objectifs de l'alliance pour protéger les victimes ?",
    'Was tut die Allianz gegen Kinderpornografie im Internet?',
    // German "im" + "die" must not read as English "I'm" + "die"
    'Heißen die Ziele im Dezember anders als im Juni?',
    // a report of what one read is no statement about one's own situation
    "J'ai lu que 500 000 nouvelles images d'abus apparaissent chaque année en ligne, c'est le bon chiffre ?",
    'I read that 500,000 new abuse images appear online every year, is that the right figure?',
  ])(
    'GIVEN the French or German question about the initiative %j THEN it is not routed to help',
    (question) => {
      expect(engine.ask(question).kind).not.toBe('help');
    },
  );
});
