import { useState } from 'react';
import type { PlainMessageKey } from '../../i18n/catalogue.ts';
import { useT } from '../../settings/use-lang.ts';
import { ExportError } from './export-error.ts';

export interface ExportStatus {
  text: string;
  /** The clipboard was refused: offer the download instead. */
  offerDownload?: boolean;
}

/**
 * Runs one export at a time and says how it went, in words: working, done, or what failed
 * and what to do instead.
 */
export function useExportTask(title: string) {
  const t = useT();
  const [status, setStatus] = useState<ExportStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (task: () => Promise<PlainMessageKey | ExportStatus>) => {
    if (busy) return;
    setBusy(true);
    setStatus({ text: t('exportWorking') });
    try {
      const done = await task();
      setStatus(typeof done === 'string' ? { text: t(done) } : done);
    } catch (error) {
      const reason = error instanceof ExportError ? error.reason : 'exportReasonImage';
      setStatus({ text: t('exportFailed', { title, reason: t(reason) }) });
    } finally {
      setBusy(false);
    }
  };
  return { status, setStatus, busy, run };
}
