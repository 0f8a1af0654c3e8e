// The shape of what the bot sends, as the Discord stand-in records it (JSON bodies).
import type { RestRequest } from '../../fakes/discord-rest';
import { DISCORD_IDS } from '../../fakes/discord-ids';

export interface SentEmbed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
}

export interface SentButton {
  custom_id: string;
  label: string;
}

export interface SentMessage {
  content?: string;
  embeds?: SentEmbed[];
  components?: { components: SentButton[] }[];
  allowed_mentions?: { parse?: string[]; replied_user?: boolean };
  message_reference?: { message_id: string; fail_if_not_exists?: boolean };
  flags?: number;
}

export interface SentCallback {
  type: number;
  data?: SentMessage & { choices?: { name: string; value: string }[] };
}

export const sent = (request: RestRequest): SentMessage => request.body as SentMessage;
export const callback = (request: RestRequest): SentCallback => request.body as SentCallback;

export const buttonIds = (message: SentMessage): string[] =>
  (message.components ?? []).flatMap((row) => row.components.map((button) => button.custom_id));

/** The path prefix of an interaction's callback (POST). */
export const callbackPath = (interaction: Record<string, unknown>): string =>
  `/interactions/${String(interaction.id)}/`;

/** The path of an interaction's original response (PATCH after a deferral). */
export const originalPath = (interaction: Record<string, unknown>): string =>
  `/webhooks/${DISCORD_IDS.application}/${String(interaction.token)}/messages/@original`;

/** The path of an interaction's follow-ups (POST). */
export const followUpPath = (interaction: Record<string, unknown>): string =>
  `/webhooks/${DISCORD_IDS.application}/${String(interaction.token)}`;

/** Characters counted against Discord's 6000 per message over all embeds. */
export function embedChars(embed: SentEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    fields +
    (embed.footer?.text.length ?? 0)
  );
}
