import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState, type ReactNode } from 'react';
import type { Dataset } from '../dataset/model.ts';
import { DatasetError } from '../dataset/problems.ts';
import { DEFAULT_DATASET, datasetQuery } from '../dataset/query.ts';
import { pick } from '../i18n/translate.ts';
import { useLang, useT } from '../settings/use-lang.ts';
import { useSettings } from '../settings/settings-store.ts';
import { ErrorPanel } from '../ui/error-panel.tsx';

const LISTED_PROBLEMS = 50;

/** Loads the dataset named in the URL (or a file the user opened) and shows it, or says what is wrong. */
export function DatasetGate({ children }: { children: (dataset: Dataset) => ReactNode }) {
  const data = useSettings((s) => s.data);
  const loadDefaultData = useSettings((s) => s.loadDefaultData);
  const [file, setFile] = useState<File | null>(null);
  const query = useQuery(datasetQuery(file ? { file } : { url: data }));
  const lang = useLang();
  const t = useT();
  // The page built from the data renders as a transition: in slices the browser may interrupt,
  // so the header and the loading line stay responsive and no single long task blocks input.
  const dataset = useDeferredValue(query.data);

  const loading = (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );

  if (query.isPending) return loading;
  if (query.isError) {
    const error = query.error;
    const problems =
      error instanceof DatasetError
        ? error.problems.map((p) => ({ path: p.path, message: pick(p.message, lang) }))
        : [{ path: '', message: error.message }];
    return (
      <ErrorPanel
        title={t('errorTitle')}
        intro={t('errorIntro', { location: file?.name ?? data })}
        problems={problems.slice(0, LISTED_PROBLEMS)}
        more={
          problems.length > LISTED_PROBLEMS
            ? t('errorMore', { count: problems.length - LISTED_PROBLEMS })
            : undefined
        }
        whatNext={t('errorWhatNext')}
        labels={{
          retry: t('retry'),
          openFile: t('openLocalFile'),
          defaultData: t('loadDefaultData'),
        }}
        onRetry={() => void query.refetch()}
        onOpenFile={setFile}
        onDefaultData={
          file || data !== DEFAULT_DATASET
            ? () => {
                setFile(null);
                loadDefaultData();
              }
            : undefined
        }
      />
    );
  }
  if (!dataset) return loading;
  return (
    <>
      {file && (
        <p className="banner">
          {t('localFile')}: {file.name}{' '}
          <button type="button" className="link-button" onClick={() => setFile(null)}>
            {t('backToDefault')}
          </button>
        </p>
      )}
      {children(dataset)}
      {dataset.warnings.length > 0 && (
        <details className="warnings">
          <summary>{t('warningsSummary', { count: dataset.warnings.length })}</summary>
          <ul>
            {dataset.warnings.map((w, i) => (
              <li key={i}>
                <code>{w.path}</code> {pick(w.message, lang)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
