import { useEffect, useState } from 'react';
import { useT } from '../settings/use-lang.ts';

/** After this long without data, the reader is told it is the server, and offered a way out. */
export const STILL_LOADING_AFTER_MS = 4000;

/** "Loading…" at once; after a few seconds, why it takes long and a button to stop waiting. */
export function LoadingStatus({ onCancel }: { onCancel: () => void }) {
  const t = useT();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), STILL_LOADING_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="loading-status">
      <p className="loading" role="status">
        {t('loading')}
        {slow && ` ${t('stillLoading')}`}
      </p>
      {slow && (
        <button type="button" className="button" onClick={onCancel}>
          {t('cancelLoading')}
        </button>
      )}
    </div>
  );
}
