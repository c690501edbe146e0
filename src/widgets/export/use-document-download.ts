import { useRef, useState } from 'react';
import { saveFile } from '../../ui/export/save-file.ts';

export interface DocumentProgress {
  done: number;
  total: number;
}

/** What a document's builder gets: a way to stop, and a way to say how far it is. */
export interface DocumentTask {
  signal: AbortSignal;
  onProgress: (done: number, total: number) => void;
}

/** Words for the ways a document download can end, in the reader's language. */
export interface DocumentWords {
  done: (name: string) => string;
  cancelled: string;
  failed: (reason: string) => string;
}

/**
 * One document download at a time (the deck, the Word brief): builds it with progress and a
 * cancel, hands it to the browser's downloads, and says how it ended in words.
 */
export function useDocumentDownload(words: DocumentWords) {
  const [progress, setProgress] = useState<DocumentProgress | null>(null);
  const [status, setStatus] = useState('');
  const controller = useRef<AbortController | null>(null);

  const start = async (build: (task: DocumentTask) => Promise<{ blob: Blob; name: string }>) => {
    if (controller.current) return;
    const current = new AbortController();
    controller.current = current;
    setProgress({ done: 0, total: 1 });
    setStatus('');
    try {
      const { blob, name } = await build({
        signal: current.signal,
        onProgress: (done, total) => setProgress({ done, total }),
      });
      saveFile(blob, name);
      setStatus(words.done(name));
    } catch (error) {
      setStatus(
        current.signal.aborted
          ? words.cancelled
          : words.failed(error instanceof Error ? error.message : String(error)),
      );
    } finally {
      controller.current = null;
      setProgress(null);
    }
  };

  return { progress, status, setStatus, start, cancel: () => controller.current?.abort() };
}
