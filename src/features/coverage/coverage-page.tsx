import type { Dataset } from '../../dataset/model.ts';
import type { Coverage } from '../../model/coverage.ts';
import { coverageTable } from '../../model/coverage.ts';
import { useT } from '../../settings/use-lang.ts';
import { coverageKeyText, coverageLabel, coverageMark } from './coverage-marks.ts';
import { CoverageTable } from './coverage-table.tsx';
import '../../ui/page-head.css';
import './coverage.css';

const kinds: readonly Coverage[] = ['published', 'approximate', 'notPublished'];

/** Which figures each year's report publishes: every metric × every year of the dataset. */
export function CoveragePage({ dataset }: { dataset: Dataset }) {
  const t = useT();
  return (
    <>
      <div className="page-head">
        <h2>{t('coverageTitle')}</h2>
        <p>{t('coverageIntro')}</p>
      </div>
      <ul className="coverage-key" aria-label={t('coverageKey')}>
        {kinds.map((kind) => (
          <li key={kind} className={`coverage-${kind}`}>
            <span className="coverage-status">
              <span aria-hidden="true">{coverageMark[kind]}</span> {t(coverageLabel[kind])}
            </span>
            {t('colon')}
            {t(coverageKeyText[kind])}
          </li>
        ))}
      </ul>
      <CoverageTable table={coverageTable(dataset)} />
    </>
  );
}
