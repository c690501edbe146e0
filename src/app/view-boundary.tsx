import type { ReactNode } from 'react';
import { useT } from '../settings/use-lang.ts';
import { Boundary } from '../ui/boundary.tsx';
import { FailurePanel } from '../ui/failure-panel.tsx';

/** A view's or the app's boundary, with the way back to the overview and a reload. */
export function ViewBoundary({ resetKey, children }: { resetKey: string; children: ReactNode }) {
  const t = useT();
  return (
    <Boundary
      what={t('viewFailedTitle')}
      resetKey={resetKey}
      fallback={
        <FailurePanel
          title={t('viewFailedTitle')}
          body={t('viewFailedBody')}
          actions={
            <>
              <a className="button primary" href="#/">
                {t('backToOverview')}
              </a>
              <button type="button" className="button" onClick={() => window.location.reload()}>
                {t('reloadPage')}
              </button>
            </>
          }
        />
      }
    >
      {children}
    </Boundary>
  );
}
