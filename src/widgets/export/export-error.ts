import type { PlainMessageKey } from '../../i18n/catalogue.ts';

/** Why an export failed, as a message the reader can act on. */
export class ExportError extends Error {
  constructor(readonly reason: PlainMessageKey) {
    super(reason);
  }
}
