// What every Slack listener needs: the assistant, a redacting logger, the share store, the tracker.
import type { Assistant, Logger } from '../../src';
import type { ShareStore } from './share-store';
import type { WorkTracker } from './work-tracker';

export interface HandlerContext {
  readonly assistant: Assistant;
  readonly logger: Logger;
  readonly shares: ShareStore;
  readonly work: WorkTracker;
}

/** The one apology users see when something fails; details go to the log only. */
export const APOLOGY = 'Sorry, something went wrong while answering. Please try again in a moment.';
