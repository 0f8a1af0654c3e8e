// The stats report as text tables for maintainers.
import type { StatsReport } from './stats-report';

export interface StatsHeading {
  days: number;
  /** Entry id → its first phrasing, when the knowledge base could be loaded. */
  titles: ReadonlyMap<string, string>;
}

function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

function titled(id: string, titles: ReadonlyMap<string, string>): string {
  const title = titles.get(id);
  return title === undefined ? id : `${id}  "${title}"`;
}

/** Totals, per day and platform, most asked entries, votes per entry. */
export function renderStats(report: StatsReport, heading: StatsHeading): string {
  const lines = [
    `Questions in the last ${heading.days} days: ${report.total}`,
    `answered ${report.answered} (${percent(report.answerRate)}), of which safety help ${report.help}; ` +
      `unanswered ${report.unanswered}`,
    '',
    'Per day and platform (UTC):',
    ...table(
      ['day', ...report.platforms, 'total'],
      report.perDay.map((d) => [
        d.day,
        ...report.platforms.map((p) => String(d.byPlatform[p] ?? 0)),
        String(d.total),
      ]),
    ).map((l) => `  ${l}`),
    '',
    'Most asked entries:',
    ...(report.topEntries.length === 0 ? ['  (none)'] : []),
    ...report.topEntries.map(
      (e) => `  ${String(e.count).padStart(4)}  ${titled(e.id, heading.titles)}`,
    ),
    '',
    'Feedback per entry (👍 up / 👎 down, most down-votes first):',
    ...(report.votes.length === 0 ? ['  (none)'] : []),
    ...report.votes.map(
      (v) => `  👍 ${String(v.up).padStart(3)}  👎 ${String(v.down).padStart(3)}  ${v.id}`,
    ),
  ];
  return lines.join('\n') + '\n';
}
