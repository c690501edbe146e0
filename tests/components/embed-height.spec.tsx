import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { RESIZE_MESSAGE } from '../../src/settings/embed-message.ts';
import { renderApp } from './render-app.tsx';

/** The embed's host page, as seen from inside the iframe: only its postMessage matters here. */
function framedByHost() {
  const postMessage = vi.fn();
  vi.spyOn(window, 'parent', 'get').mockReturnValue({ postMessage } as unknown as Window);
  // jsdom lays nothing out: give the embed's content a height to report.
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ width: 600, height: 412.3 }),
  );
  return postMessage;
}

describe('the height an embed reports to its host page (CONTRACT §3)', () => {
  it('sends it only to the origin named by ?parentOrigin', async () => {
    const postMessage = framedByHost();
    renderApp('?parentOrigin=https://intranet.example#/embed/kpis');
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() =>
      expect(postMessage).toHaveBeenCalledWith(
        { type: RESIZE_MESSAGE, height: 413 },
        'https://intranet.example',
      ),
    );
    expect(
      postMessage.mock.calls.every(([, origin]) => origin === 'https://intranet.example'),
    ).toBe(true);
  });

  it('sends it to any host when no parent origin is named', async () => {
    const postMessage = framedByHost();
    renderApp('#/embed/kpis');
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() =>
      expect(postMessage).toHaveBeenCalledWith({ type: RESIZE_MESSAGE, height: 413 }, '*'),
    );
  });

  it.each([
    ['*', 'wildcard'],
    ['null', 'opaque origin'],
    ['/intranet/page.html', 'not an address'],
    ['https://intranet.example/', 'not a serialised origin'],
    ['HTTP://intranet.example', 'not a serialised origin'],
    ['https://intranet.example/page', 'not a serialised origin'],
    ['javascript:alert(1)', 'scheme javascript:'],
    ['', 'not an address'],
  ])(
    'sends nothing at all for ?parentOrigin=%s, and says why in the console',
    async (given, why) => {
      const postMessage = framedByHost();
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      onTestFinished(() => warn.mockRestore());
      renderApp(`?parentOrigin=${encodeURIComponent(given)}#/embed/kpis`);
      await screen.findByRole('heading', { level: 1 });
      await waitFor(() =>
        expect(warn).toHaveBeenCalledWith(
          expect.stringContaining(`?parentOrigin=${JSON.stringify(given)} `),
        ),
      );
      const said = warn.mock.calls.map(([text]) => String(text)).join('\n');
      expect(said).toContain(why);
      expect(said).toContain('sends no height messages');
      // Longer than the embed's 30 ms pause before it reports.
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(postMessage).not.toHaveBeenCalled();
    },
  );
});
