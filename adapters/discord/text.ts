// Text helpers for Discord: cutting to a limit and making user text inert (no markdown, no pings).
import { escapeMarkdown } from 'discord.js';

/** Cuts text to at most max characters (UTF-16 units, as Discord counts), ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  // Do not leave half a surrogate pair (an emoji cut in two) at the end.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd() + '…';
}

/**
 * User text made safe to echo: Discord markdown escaped, and every "@" followed by a zero-width
 * space so @everyone, @here, <@user> and <@&role> neither render as mentions nor ping (the
 * allowed_mentions on every payload already stops pings; this also stops the blue highlight).
 */
export function escapeUserText(text: string): string {
  const escaped = escapeMarkdown(text, {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  });
  return escaped.replace(/@/g, '@\u200b');
}

/**
 * The question as the engine should see it: Discord mention tokens (<@id>, <@!id>, <@&id>, <#id>)
 * carry only ids, which no knowledge entry matches, so they are removed.
 */
export function plainQuestion(text: string): string {
  return text
    .replace(/<(@[!&]?|#)\d+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
