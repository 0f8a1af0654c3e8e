// What every Discord handler needs: the assistant to answer from and a logger without secrets.
import type { Assistant, Logger } from '../../src';

export interface HandlerContext {
  readonly assistant: Assistant;
  readonly logger: Logger;
}
