// The terminal adapter's surface for the composition root.
export { runTerminalChat } from './terminal-chat';
export type { TerminalChatOptions } from './terminal-chat';
