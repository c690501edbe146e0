import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';

// The brief tells the whole year, so only the overview offers it (CONTRACT §6 names it).
describe('Download Word brief', () => {
  it('is offered on the overview, named as the contract names it in each language', async () => {
    renderApp('#/');
    expect(await screen.findByRole('button', { name: '下载 Word 简报（.docx）' })).toBeEnabled();
  });

  it('is named in English with ?lang=en', async () => {
    renderApp('?lang=en#/');
    expect(await screen.findByRole('button', { name: 'Download Word brief' })).toBeEnabled();
  });

  it('is not offered on a category page, which tells one part of the year', async () => {
    renderApp('#/category/hotline');
    await screen.findByRole('heading', { level: 2, name: '热线诉求办理' });
    expect(screen.queryByRole('button', { name: /Word/ })).not.toBeInTheDocument();
  });
});
