// Slack's message limits the renderer keeps to (Block Kit reference; bolt-js #2509 for the total).

/** Characters in one section block's text. */
export const SECTION_TEXT_MAX = 3000;
/** Blocks in one message. */
export const BLOCKS_PER_MESSAGE_MAX = 50;
/**
 * Characters of section text per message. Slack rejects messages well below 50 × 3000
 * (`msg_blocks_too_long` at about 13,000), so longer replies continue in another message.
 */
export const MESSAGE_TEXT_BUDGET = 12_000;
/** Characters in a button's label (plain text). */
export const BUTTON_TEXT_MAX = 75;
/** Characters in a button's value. */
export const BUTTON_VALUE_MAX = 2000;
/** Characters in a context block element. */
export const CONTEXT_TEXT_MAX = 3000;
/** Elements in one actions block. */
export const ACTIONS_PER_BLOCK_MAX = 25;
/** The top-level `text` (notification and accessibility fallback) is cut here; Slack's cap is 40,000. */
export const FALLBACK_TEXT_MAX = 3000;
