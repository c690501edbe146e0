import type { MessageKey } from '../../i18n/messages.ts';

/** Why an export failed, as a message the reader can act on. */
export class ExportError extends Error {
  constructor(readonly reason: MessageKey) {
    super(reason);
  }
}
