import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { serveDataset } from '../../mocks/scenarios.ts';
import { server } from '../../mocks/server.ts';
import basic from '../fixtures/basic.json';
import { renderApp } from './render-app.tsx';

// basic.json's 2023 legal-services shortcoming (12348 hotline) has a 2024 follow-up: "progress",
// quoting report-2024. Here the 2024 findings also name a shortcoming of the same category and
// metric, so the 2023 one is recurring.
const QUOTE = '12348热线接通率较上年有所提升，供给不均衡问题仍待解决';

function withRecurring() {
  const file = structuredClone(basic);
  file.findings.push({
    year: 2024,
    type: 'shortcoming',
    category: 'legal_services',
    metrics: ['legal_aid_providers'],
    text: { zh: '12348热线接通率仍然偏低', en: 'The 12348 hotline still answers too few calls' },
    source: 'report-2024',
    quote: '12348热线接通率仍然偏低',
  });
  return file;
}

/** The list item of the finding whose words match `text` (a follow-up's own item never does). */
async function findingItem(text: RegExp = /公共法律服务供给不均衡/) {
  await screen.findAllByText(text);
  const item = screen.getAllByRole('listitem').find((li) => text.test(li.textContent ?? ''));
  if (!item) throw new Error(`no finding item ${String(text)}`);
  return item;
}

describe('what the next report says of a finding', () => {
  it('shows the status, the year, the verbatim quote and its source in the overview', async () => {
    renderApp('?year=2023');
    const li = await findingItem();
    expect(li).toHaveTextContent('2024年报告：有进展');
    expect(within(li).getByText(QUOTE)).toBeInTheDocument();
    expect(li).toHaveTextContent(/（.*2024.*）/);
    expect(li).not.toHaveTextContent('再次出现');
  });

  it('words it in English', async () => {
    renderApp('?lang=en&year=2023');
    const li = await findingItem(/Public legal services are uneven/);
    expect(li).toHaveTextContent('2024 report: progress made');
    expect(li).toHaveTextContent(QUOTE);
  });

  it('marks a shortcoming named again the next year, in words', async () => {
    server.use(serveDataset(withRecurring()));
    renderApp('?year=2023');
    const li = await findingItem();
    expect(li).toHaveTextContent('再次出现：次年报告仍将其列为不足');
  });

  it('shows it on the metric page, among the findings about the metric', async () => {
    server.use(serveDataset(withRecurring()));
    renderApp('#/metric/legal_aid_providers');
    const related = await screen.findByRole('region', { name: '相关问题与安排' });
    expect(related).toHaveTextContent('2024年报告：有进展');
    expect(related).toHaveTextContent(QUOTE);
    expect(related).toHaveTextContent('再次出现');
  });

  it('shows it on the deck’s findings slide', async () => {
    server.use(serveDataset(withRecurring()));
    renderApp('?year=2023&slides=findings-1#/present/1');
    const slide = await screen.findByRole('article');
    expect(slide).toHaveTextContent('2024年报告：有进展');
    expect(slide).toHaveTextContent(`“${QUOTE}”`);
    expect(slide).toHaveTextContent('再次出现');
  });

  it('reads the follow-up, with its source, in the speaker notes', async () => {
    renderApp('?year=2023&slides=findings-1#/present/notes/1');
    const notes = await screen.findByRole('region', { name: '讲稿' });
    expect(notes).toHaveTextContent(`2024年报告：有进展：“${QUOTE}”（`);
  });
});
