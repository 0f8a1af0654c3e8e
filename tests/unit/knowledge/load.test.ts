// GIVEN a fixture folder of broken knowledge (one scenario per folder) THEN the loader reports
// exactly the problems listed in its expected-problems.txt, each located as file:line:col.
import fs from 'node:fs';
import path from 'node:path';
import { formatProblem, loadKnowledge } from '../../../src';

const FIXTURES = path.join('tests', 'fixtures', 'knowledge');
const BROKEN = path.join(FIXTURES, 'broken');
const scenarios = fs.readdirSync(BROKEN).sort();

describe('loadKnowledge', () => {
  it('GIVEN the good fixture THEN it loads with no problems', () => {
    const result = loadKnowledge(path.join(FIXTURES, 'good'));
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.kb.entries.map((e) => e.id)).toContain('four-goals');
    expect(result.kb.safety.entryId).toBe('reporting-and-help');
    const goals = result.kb.entries.find((e) => e.id === 'four-goals');
    expect(goals?.location).toEqual({ file: path.join(FIXTURES, 'good', 'entries', 'overview.yaml'), line: 28, col: 5 });
  });

  it('GIVEN the repository knowledge base THEN it loads without errors', () => {
    const result = loadKnowledge('knowledge');
    expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });

  it('has a scenario folder for each kind of breakage', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(10);
  });

  it.each(scenarios)('GIVEN broken/%s THEN every expected problem is reported, located, and nothing else', (scenario) => {
    const dir = path.join(BROKEN, scenario);
    const expected = fs
      .readFileSync(path.join(dir, 'expected-problems.txt'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => `${dir}${path.sep}${line}`);
    const result = loadKnowledge(dir);
    expect(result.ok).toBe(false);
    expect(result.problems.map(formatProblem)).toEqual(expected);
  });
});
