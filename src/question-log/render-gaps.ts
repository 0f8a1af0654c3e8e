// The gaps report as text for maintainers: one block per group, largest first.
import type { GapGroup, GapsReport } from './gaps-report';

export interface GapsHeading {
  days: number;
  lowConfidence: number;
}

function renderGroup(group: GapGroup, rank: number): string[] {
  const lines = [
    `${String(rank).padStart(2)}. ${group.count}× "${group.question}"`,
    `    unanswered ${group.unanswered}, low confidence ${group.lowConfidence}, last asked ${group.lastAsked.slice(0, 10)}`,
    group.nearest
      ? `    nearest entry: ${group.nearest.id} (score ${group.nearest.score.toFixed(2)}) "${group.nearest.phrasing}"`
      : '    nearest entry: none',
  ];
  if (group.unread && group.unread.words.length > 0) {
    lines.push(
      `    read as ${group.unread.language}; not in the glossary: ${group.unread.words.join(', ')}`,
    );
  }
  if (group.variants.length > 0) {
    lines.push(`    also asked as: ${group.variants.map((v) => `"${v}"`).join(', ')}`);
  }
  return lines;
}

/** Heading, then the groups; says so plainly when there is nothing to add. */
export function renderGaps(report: GapsReport, heading: GapsHeading): string {
  const summary =
    `Gaps in the last ${heading.days} days: ${report.gapQuestions} of ${report.questionsWithText} ` +
    `logged questions were unanswered or answered below confidence ${heading.lowConfidence}` +
    (report.gapQuestions > 0 ? `, in ${report.groups.length} group(s) shown.` : '.');
  if (report.groups.length === 0) return `${summary}\nNothing to add.\n`;
  return [
    summary,
    '',
    ...report.groups.flatMap((g, i) => [...renderGroup(g, i + 1), '']),
    ...renderGlossaryGaps(report),
  ].join('\n');
}

/** Words to add to knowledge/languages.yaml, at most the 30 most used. */
function renderGlossaryGaps(report: GapsReport): string[] {
  if (report.glossaryGaps.length === 0) return [];
  const shown = report.glossaryGaps.slice(0, 30);
  return [
    'Words of questions in other languages that knowledge/languages.yaml lacks (gap questions using them):',
    `  ${shown.map((g) => `${g.word} (${g.language}, ${g.count})`).join(', ')}`,
    '',
  ];
}
