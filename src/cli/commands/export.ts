// `alliance-bot export`: the whole knowledge base as JSON, for other tools.
import type { CliCommand } from '../command';
import { CliError } from '../command';
import { knowledgeDir, loadOrFail } from '../knowledge-option';
import { KB_OPTION, parseOptions } from '../parse-options';

const USAGE = 'alliance-bot export [--kb DIR]';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'print the whole knowledge base as JSON',
  run(args, io) {
    const { values, positionals } = parseOptions(args, { ...KB_OPTION }, USAGE);
    if (positionals.length > 0)
      throw new CliError(`unexpected argument "${positionals[0] ?? ''}"\nusage: ${USAGE}`);
    const kb = loadOrFail(knowledgeDir(values.kb, io.env), io);
    // Locations are for maintainers' messages, not part of the exported knowledge.
    const entries = kb.entries.map((e) => ({
      id: e.id,
      kind: e.kind,
      questions: e.questions,
      answer: e.answer,
      sources: e.sources,
      related: e.related,
      tags: e.tags,
      ...(e.lookup ? { lookup: e.lookup } : {}),
      ...(e.names ? { names: e.names } : {}),
    }));
    io.stdout(
      JSON.stringify(
        {
          sources: kb.sources.map((s) => ({
            id: s.id,
            title: s.title,
            date: s.date,
            publisher: s.publisher,
            url: s.url,
            ...(s.sheet === undefined ? {} : { sheet: s.sheet }),
          })),
          entries,
          termGroups: kb.termGroups,
          languages: kb.languages,
          safety: kb.safety,
          topics: kb.topics,
        },
        null,
        2,
      ) + '\n',
    );
    return Promise.resolve(0);
  },
};
