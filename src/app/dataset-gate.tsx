import { useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useState, type ReactNode } from 'react';
import type { Dataset } from '../dataset/model.ts';
import { DatasetError, type Problem } from '../dataset/problems.ts';
import { DEFAULT_DATASET, datasetQuery } from '../dataset/query.ts';
import { useDatasetQuery, useDatasetSource, useOpenedFile } from '../settings/dataset-source.ts';
import { problemText } from '../i18n/problem-text.ts';
import { useT } from '../settings/use-lang.ts';
import { useSettings } from '../settings/settings-store.ts';
import { ErrorPanel } from '../ui/error-panel.tsx';
import { shownAddress } from '../ui/shown-address.ts';
import { LoadingStatus } from './loading-status.tsx';
import { SourceBanner } from './source-banner.tsx';
import './dataset-gate.css';

const LISTED_PROBLEMS = 50;

/** No space beside a full-width parenthesis, as where "(address below)" stands in for an address. */
const tidy = (text: string) => text.replace(/\s*(（[^）]*）)\s*/g, '$1');

/**
 * Loads the dataset named in the URL (or a file the user opened) and shows it, or says what
 * is wrong. Once data is on screen, a later failed reload never takes it away.
 */
export function DatasetGate({ children }: { children: (dataset: Dataset) => ReactNode }) {
  const data = useSettings((s) => s.data);
  const loadDefaultData = useSettings((s) => s.loadDefaultData);
  const { file, openFile: setFile, closeFile } = useOpenedFile();
  const [cancelled, setCancelled] = useState(false);
  const source = useDatasetSource();
  const query = useDatasetQuery();
  const queryClient = useQueryClient();
  const t = useT();
  // The page built from the data renders as a transition: in slices the browser may interrupt,
  // so the header and the loading line stay responsive and no single long task blocks input.
  const dataset = useDeferredValue(query.data);
  const location = file?.name ?? data;
  // The address is a link's to choose: messages name it by a reference to the one place it is
  // shown (the panel's address line), or, in the banner, shortened and made plain.
  const problemsOf = (error: Error, named: string) =>
    error instanceof DatasetError
      ? error.problems.map((p) => ({
          path: p.path,
          message: tidy(
            problemText(
              'location' in p.params
                ? ({ ...p, params: { ...p.params, location: named } } as Problem)
                : p,
              t,
            ),
          ),
        }))
      : [{ path: '', message: error.message }];
  const retry = () => {
    setCancelled(false);
    void query.refetch();
  };
  const openFile = (chosen: File) => {
    setCancelled(false);
    setFile(chosen);
  };

  if (dataset)
    return (
      <>
        <SourceBanner
          dataset={dataset}
          source={source}
          onBackToDefault={() => {
            closeFile();
            loadDefaultData();
          }}
        />
        {query.isError && (
          <p className="banner" role="status">
            {t('reloadFailed', {
              reason: problemsOf(query.error, shownAddress(location))[0]?.message ?? '',
            })}{' '}
            <button type="button" className="link-button" onClick={retry}>
              {t('retry')}
            </button>
          </p>
        )}
        {children(dataset)}
        <DatasetWarnings dataset={dataset} />
      </>
    );
  if (query.isError || cancelled) {
    const named = t('addressBelow');
    const problems = cancelled
      ? [{ path: '', message: tidy(t('loadCancelled', { location: named })) }]
      : problemsOf(query.error as Error, named);
    return (
      <ErrorPanel
        title={t(cancelled ? 'loadCancelledTitle' : 'errorTitle')}
        intro={cancelled ? '' : tidy(t('errorIntro', { location: named }))}
        address={{
          label: `${t(file ? 'localFile' : 'dataAddress')}${t('colon')}`,
          text: location,
        }}
        problems={problems.slice(0, LISTED_PROBLEMS)}
        more={
          problems.length > LISTED_PROBLEMS
            ? t('errorMore', { count: problems.length - LISTED_PROBLEMS })
            : undefined
        }
        whatNext={t(cancelled ? 'loadCancelledNext' : 'errorWhatNext')}
        labels={{
          retry: t('retry'),
          openFile: t('openLocalFile'),
          defaultData: t('loadDefaultData'),
        }}
        onRetry={retry}
        onOpenFile={openFile}
        onDefaultData={
          file || data !== DEFAULT_DATASET
            ? () => {
                setCancelled(false);
                closeFile();
                loadDefaultData();
              }
            : undefined
        }
      />
    );
  }
  return (
    <LoadingStatus
      onCancel={() => {
        setCancelled(true);
        void queryClient.cancelQueries({ queryKey: datasetQuery(source).queryKey });
      }}
    />
  );
}

/** Doubtful but harmless things in the file, listed quietly under the page. */
function DatasetWarnings({ dataset }: { dataset: Dataset }) {
  const t = useT();
  if (dataset.warnings.length === 0) return null;
  return (
    <details className="warnings">
      <summary>{t('warningsSummary', { count: dataset.warnings.length })}</summary>
      <ul>
        {dataset.warnings.map((w, i) => (
          <li key={i}>
            <code>{w.path}</code> {problemText(w, t)}
          </li>
        ))}
      </ul>
    </details>
  );
}
