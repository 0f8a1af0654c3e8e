// Discord's message limits (discord-api-docs message.mdx, components/reference.mdx, application-commands.mdx).
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  /** Sum of every text in all embeds of one message. */
  embedTotal: 6000,
  buttonLabel: 80,
  buttonsPerRow: 5,
  customId: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** How much of the user's question is echoed back: enough to recognise it, short of a wall of text. */
export const ECHO_CHARS = 300;
