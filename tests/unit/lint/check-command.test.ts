// `check` runs the lint after validation; --strict turns warnings into a failure (for CI).
import fs from 'node:fs';
import path from 'node:path';
import { capturingIo } from '../../fakes/capturing-io';
import { run } from '../../../src/cli/main';
import { tempDir } from '../../fakes/temp-dir';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'knowledge');

/** The good fixture plus one source no entry cites: valid, with one lint warning. */
function warningsOnlyKb(): string {
  const dir = tempDir('alliance-lint-');
  fs.cpSync(path.join(FIXTURES, 'good'), dir, { recursive: true });
  fs.appendFileSync(
    path.join(dir, 'sources.yaml'),
    [
      '  - id: spare',
      '    title: Spare source',
      '    date: 2012-12-05',
      '    publisher: Test',
      '    url: https://example.org/spare',
      '',
    ].join('\n'),
  );
  return dir;
}

describe('check with the lint', () => {
  it('GIVEN the lint-problems fixture THEN check prints located lint errors and exits 1', async () => {
    const io = capturingIo();
    expect(await run(['check', '--kb', path.join(FIXTURES, 'lint-problems')], io)).toBe(1);
    const err = io.err.join('');
    expect(err).toMatch(
      /alliance\.yaml:21:5 SELF_RETRIEVAL phrasing "who launched the global alliance"/,
    );
    expect(err).toMatch(/alliance\.yaml:12:5 warning CONFUSABLE /);
    expect(err).toContain('2 error(s), 5 warning(s)');
  });

  it('GIVEN only warnings THEN check passes, and fails with --strict', async () => {
    const dir = warningsOnlyKb();
    const relaxed = capturingIo();
    expect(await run(['check', '--kb', dir], relaxed)).toBe(0);
    expect(relaxed.err.join('')).toMatch(
      /sources\.yaml:\d+:5 warning UNUSED_SOURCE source "spare"/,
    );
    expect(relaxed.out.join('')).toContain('0 error(s), 1 warning(s)');

    const strict = capturingIo();
    expect(await run(['check', '--kb', dir, '--strict'], strict)).toBe(1);
    expect(strict.err.join('')).toContain('--strict: warnings fail');
  });

  it('GIVEN the good fixture THEN check --strict passes', async () => {
    const io = capturingIo();
    expect(await run(['check', '--strict', '--kb', path.join(FIXTURES, 'good')], io)).toBe(0);
  });
});
