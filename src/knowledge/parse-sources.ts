// Reads knowledge/sources.yaml into Source objects, recording every located problem.
import type { Node } from 'yaml';
import type { Source } from '../types';
import type { ReadContext } from './node-readers';
import { readFields, readString, readTopList, report } from './node-readers';
import { ID_PATTERN } from './parse-entries';

const SOURCE_FIELDS = ['id', 'title', 'date', 'publisher', 'url', 'sheet'] as const;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface ParsedSource {
  source: Source;
  idNode: Node;
}

export function parseSources(ctx: ReadContext): ParsedSource[] {
  const items = readTopList(ctx, 'sources');
  if (!items) return [];
  return items.flatMap((item) => {
    const parsed = parseSource(ctx, item);
    return parsed ? [parsed] : [];
  });
}

function parseSource(ctx: ReadContext, node: Node): ParsedSource | null {
  const fields = readFields(ctx, node, 'a source', SOURCE_FIELDS);
  if (!fields) return null;
  const id = readString(ctx, fields, 'id', 'a source', node);
  const what = id ? `source "${id}"` : 'a source';
  const title = readString(ctx, fields, 'title', what, node);
  const date = readString(ctx, fields, 'date', what, node);
  const publisher = readString(ctx, fields, 'publisher', what, node);
  const url = readString(ctx, fields, 'url', what, node);
  const sheet = readString(ctx, fields, 'sheet', what, node, false);

  if (id !== undefined && !ID_PATTERN.test(id)) {
    report(ctx, fields.get('id')?.value, 'BAD_ID', `${what}: ids are kebab-case (a-z, 0-9, single dashes)`);
  }
  if (date !== undefined && !isRealDate(date)) {
    report(ctx, fields.get('date')?.value, 'BAD_DATE', `${what}: date must be a real day as YYYY-MM-DD, got "${date}"`);
  }
  if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) {
    report(ctx, fields.get('url')?.value, 'BAD_URL', `${what}: url must start with http:// or https://`);
  }
  if (!id || !title || !date || !publisher || !url) return null;
  const source: Source = { id, title, date, publisher, url, location: ctx.parsed.locate(node) };
  if (sheet) source.sheet = sheet;
  return { source, idNode: fields.get('id')?.value ?? node };
}

function isRealDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
