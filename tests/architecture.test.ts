// The dependency rule as an import scan (eslint-disable cannot silence it): src/ imports no
// platform code and nothing from adapters/; adapters reach the core only through src/index.ts;
// one adapter never imports another.
import fs from 'node:fs';
import path from 'node:path';

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? tsFiles(full) : d.name.endsWith('.ts') ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|require\(|import\()\s*['"]([^'"]+)['"]/g)].map(
    (m) => m[1] ?? '',
  );
}

const PLATFORM = /^(@slack\/|discord\.js|@discordjs\/|ws$)/;

describe('dependency rule', () => {
  it('src/ imports no Slack, Discord or WebSocket code and nothing from adapters/', () => {
    const offenders = tsFiles('src').flatMap((file) =>
      importsOf(file)
        .filter((spec) => PLATFORM.test(spec) || spec.includes('adapters'))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('adapters reach src/ only through its index', () => {
    const offenders = tsFiles('adapters').flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => path.relative('.', path.resolve(path.dirname(file), spec)))
        .filter(
          (target) =>
            target.startsWith('src') && target !== 'src' && target !== path.join('src', 'index'),
        )
        .map((target) => `${file} imports ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it('one adapter never imports another', () => {
    const offenders = ['slack', 'discord', 'terminal'].flatMap((name) => {
      const dir = path.join('adapters', name);
      if (!fs.existsSync(dir)) return [];
      return tsFiles(dir).flatMap((file) =>
        importsOf(file)
          .filter((spec) => spec.startsWith('.'))
          .map(
            (spec) =>
              path
                .relative('adapters', path.resolve(path.dirname(file), spec))
                .split(path.sep)[0] ?? '',
          )
          .filter((top) => ['slack', 'discord', 'terminal'].includes(top) && top !== name)
          .map((top) => `${file} imports adapters/${top}`),
      );
    });
    expect(offenders).toEqual([]);
  });

  it('finds the files it checks (the scan itself works)', () => {
    expect(tsFiles('src').length).toBeGreaterThan(10);
    expect(importsOf(path.join('src', 'index.ts'))).toContain('./engine/engine');
  });
});
