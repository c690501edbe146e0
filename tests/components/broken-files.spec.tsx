import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { datasetText } from '../../mocks/scenarios.ts';
import { server } from '../../mocks/server.ts';
import { brokenDatasets } from '../fixtures/broken-datasets.ts';
import { renderApp } from './render-app.tsx';

// Every broken file of the table, through the whole app: the reader sees the panel naming the
// place in the file, or the data with the notice. Languages alternate, so both are shown.
const cases = brokenDatasets.map((b, i) => ({ ...b, lang: i % 2 === 0 ? 'zh' : 'en' }));
const words = {
  zh: { intro: /数据文件（地址见下方）有以下问题/, notices: /数据文件有 \d+ 条提示/ },
  en: {
    intro: /The data file \(address below\) has these problems/,
    notices: /The data file has \d+ notices/,
  },
};

describe('a broken data file, as the reader sees it', () => {
  it.each(cases)('$name ($lang)', async ({ text, outcome, lang }) => {
    server.use(datasetText(text()));
    renderApp(`?lang=${lang}#/coverage`);
    const w = words[lang as 'zh' | 'en'];

    if ('refused' in outcome) {
      const panel = await screen.findByRole('alert');
      expect(panel).toHaveTextContent(w.intro);
      if (outcome.path) expect(within(panel).getAllByText(outcome.path)[0]).toBeInTheDocument();
      expect(screen.getByRole('button', { name: lang === 'zh' ? '重试' : 'Retry' })).toBeVisible();
    } else {
      expect(await screen.findByRole('table')).toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      if (outcome.path) {
        expect(screen.getByText(w.notices)).toBeInTheDocument();
        expect(screen.getAllByText(outcome.path, { selector: 'code' })[0]).toBeInTheDocument();
      }
    }
  });
});
