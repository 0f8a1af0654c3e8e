// /ask autocomplete: knowledge-base questions matching what the user has typed so far.
import type { ApplicationCommandOptionChoiceData, AutocompleteInteraction } from 'discord.js';
import { QUESTION_OPTION } from './commands';
import type { HandlerContext } from './context';
import { entryActionId } from './custom-ids';
import { LIMITS } from './limits';
import { truncate } from './text';

/** Up to 25 choices: the question as the name (≤ 100), "entry:<id>" as the value (≤ 100). */
export function autocompleteChoices(
  ctx: HandlerContext,
  typed: string,
): ApplicationCommandOptionChoiceData<string>[] {
  const seen = new Set<string>();
  const choices: ApplicationCommandOptionChoiceData<string>[] = [];
  for (const suggestion of ctx.assistant.suggest(typed, LIMITS.autocompleteChoices)) {
    const value = entryActionId(suggestion.id);
    if (seen.has(value) || value.length > LIMITS.choiceValue) continue;
    seen.add(value);
    choices.push({ name: truncate(suggestion.question, LIMITS.choiceName), value });
  }
  return choices.slice(0, LIMITS.autocompleteChoices);
}

export async function answerAutocomplete(
  interaction: AutocompleteInteraction,
  ctx: HandlerContext,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const choices = focused.name === QUESTION_OPTION ? autocompleteChoices(ctx, focused.value) : [];
  await interaction.respond(choices);
}
