// Slack mrkdwn in and out: inbound text to plain text, and any text to mrkdwn that cannot ping anyone.

/**
 * Escapes the three characters Slack treats as control characters in mrkdwn. Everything the
 * bot posts goes through this, so no text (user or knowledge) can form `<!channel>`, `<@U…>`
 * or a link.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// Slack's encoded tokens: mentions (<@U1>, <#C1>, <!here>) and links (<https://…|label>, <mailto:…>).
// Anything else in angle brackets was typed as such and is left alone.
const SLACK_TOKEN = /<((?:[@#!]|[a-z][a-z0-9+.-]*:)[^<>]*)>/gi;

/**
 * Slack's encoded message text as a person would read it: `<@U1>` → `@U1`, `<!here>` → `@here`,
 * `<https://x|label>` → `label`, `&lt;` → `<`. The engine gets plain words, and the result is
 * escaped again wherever it is echoed.
 */
export function slackTextToPlain(text: string): string {
  const readable = text.replace(SLACK_TOKEN, (_match, inner: string) => {
    const [target = '', label] = inner.split('|', 2);
    if (label !== undefined && label !== '') return label;
    if (target.startsWith('@') || target.startsWith('#')) return target;
    if (target.startsWith('!subteam^')) return '@group';
    if (target.startsWith('!')) return `@${target.slice(1)}`;
    return target;
  });
  return readable.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Removes the leading mention of the bot from an app_mention's text. */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  if (botUserId === undefined) return text.replace(/^\s*<@[A-Z0-9]+>\s*/, '');
  return text.split(`<@${botUserId}>`).join(' ').trim();
}

/**
 * A mrkdwn link whose URL and label cannot break out of the `<url|label>` syntax; anything but
 * http(s) is shown as escaped text, never linked.
 */
export function mrkdwnLink(url: string, label: string): string {
  // Slack splits at the first `|`, and the URL below has none: a `|` in the label is shown as is.
  const safeLabel = escapeMrkdwn(label);
  if (!/^https?:\/\//i.test(url)) return `${safeLabel} (${escapeMrkdwn(url)})`;
  const safeUrl = url
    .replace(/&/g, '&amp;')
    .replace(/</g, '%3C')
    .replace(/>/g, '%3E')
    .replace(/\|/g, '%7C')
    .replace(/\s/g, '%20');
  return `<${safeUrl}|${safeLabel}>`;
}
