// `npm start` as a newcomer meets it: the built composition root in a child process.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const MAIN = path.join('dist', 'adapters', 'main.js');

function start(env: Record<string, string>, input = '') {
  // Only what the test sets: no tokens leak in from the machine running the tests.
  const base = { PATH: process.env.PATH ?? '', QUESTION_LOG: 'off', LOG_LEVEL: 'warn' };
  return spawnSync(process.execPath, [MAIN], {
    env: { ...base, ...env },
    input,
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('npm start (adapters/main)', () => {
  it('GIVEN no tokens and piped questions THEN it answers each one in the terminal and exits 0', () => {
    const result = start({}, 'what are the four goals of the global alliance\nis japan a member\n');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('four shared goals');
    expect(result.stdout).toMatch(/Japan/);
    expect(result.stdout).toContain('Source');
  });

  it('GIVEN a Discord token without its application id THEN it stops at start and names the variable', () => {
    const result = start({ DISCORD_TOKEN: 'not-a-real-token' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('DISCORD_APPLICATION_ID');
    expect(result.stderr).not.toContain('not-a-real-token');
  });

  it('GIVEN a Slack token in HTTP mode without the signing secret THEN it names the variable', () => {
    const result = start({ SLACK_BOT_TOKEN: 'xoxb-not-a-real-token' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('SLACK_SIGNING_SECRET');
    expect(result.stderr).not.toContain('xoxb-not-a-real-token');
  });

  it('GIVEN a broken knowledge base THEN it refuses to start and prints the located problems', () => {
    const result = start({
      KNOWLEDGE_DIR: path.join('tests', 'fixtures', 'knowledge', 'broken', 'duplicate-id'),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/overview\.yaml:\d+:\d+ DUPLICATE_ID/);
  });

  it('GIVEN an invalid core setting THEN it names the variable', () => {
    const result = start({ LOG_LEVEL: 'chatty' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('LOG_LEVEL');
  });
});
