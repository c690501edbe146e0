import { describe, expect, it } from 'vitest';
import { useSettings } from '../../../src/settings/settings-store.ts';
import { embedAddress, embedSnippet } from '../../../src/widgets/embed-snippet.ts';

const page = new URL('https://intranet.example/fzzf/index.html?lang=en&year=2023#/metric/x');
const settings = { ...useSettings.getInitialState(), lang: 'en' as const, year: 2023 };

describe('the embed code', () => {
  it('addresses the embed view with the reader’s settings and the chosen options', () => {
    expect(
      embedAddress(
        page,
        settings,
        { view: 'metric', id: 'jsjb_requests' },
        { theme: 'dark', chrome: 'none', width: '100%', lang: 'en', metrics: null },
      ),
    ).toBe(
      'https://intranet.example/fzzf/index.html?lang=en&theme=dark&year=2023&chrome=none#/embed/metric/jsjb_requests',
    );
  });

  it('leaves out what is at its default, and never carries the reader’s own embed settings', () => {
    const embedded = { ...settings, transparent: true, parentOrigin: 'https://a.example' };
    expect(
      embedAddress(
        page,
        embedded,
        { view: 'kpis' },
        { theme: 'light', chrome: 'full', width: '480', lang: 'en', metrics: null, hostPage: '' },
      ),
    ).toBe('https://intranet.example/fzzf/index.html?lang=en&year=2023#/embed/kpis');
  });

  it('narrows a category embed to the chosen metrics, in the chosen order, in the chosen language', () => {
    expect(
      embedAddress(
        page,
        settings,
        { view: 'category', id: 'petitions' },
        { theme: 'light', chrome: 'full', width: '720', lang: 'zh', metrics: ['b_two', 'a_one'] },
      ),
    ).toBe(
      'https://intranet.example/fzzf/index.html?year=2023&metrics=b_two,a_one#/embed/category/petitions',
    );
  });

  it('writes no metrics for a metric embed, whatever the options hold', () => {
    expect(
      embedAddress(
        page,
        settings,
        { view: 'metric', id: 'x' },
        { theme: 'light', chrome: 'full', width: '720', lang: 'en', metrics: ['a'] },
      ),
    ).toBe('https://intranet.example/fzzf/index.html?lang=en&year=2023#/embed/metric/x');
  });

  it.each([
    ['a data: address', 'data:application/json;base64,e30='],
    ['a blob: address', 'blob:https://intranet.example/1234'],
    ['another origin', 'https://other.example/x.json'],
  ])('never carries on %s, which the dashboard refuses', (_, data) => {
    expect(
      embedAddress(
        page,
        { ...settings, data },
        { view: 'kpis' },
        { theme: 'light', chrome: 'full', width: '480', lang: 'en', metrics: null, hostPage: '' },
      ),
    ).toBe('https://intranet.example/fzzf/index.html?lang=en&year=2023#/embed/kpis');
  });

  it('carries on another data file on the dashboard’s own origin', () => {
    expect(
      embedAddress(
        page,
        { ...settings, data: 'data/other.json' },
        { view: 'kpis' },
        { theme: 'light', chrome: 'full', width: '480', lang: 'en', metrics: null, hostPage: '' },
      ),
    ).toBe(
      'https://intranet.example/fzzf/index.html?data=data%2Fother.json&lang=en&year=2023#/embed/kpis',
    );
  });

  it.each([
    ['https://portal.example', 'https://portal.example'],
    ['https://portal.example/news/today.html?x=1', 'https://portal.example'],
    ['  HTTPS://Portal.Example:443/  ', 'https://portal.example'],
    ['http://10.1.2.3:8080/', 'http://10.1.2.3:8080'],
  ])('names the host page %s by its origin, the one page the heights go to', (typed, origin) => {
    const address = embedAddress(
      page,
      settings,
      { view: 'kpis' },
      { theme: 'light', chrome: 'full', width: '100%', lang: 'en', metrics: null, hostPage: typed },
    );
    expect(new URL(address).searchParams.get('parentOrigin')).toBe(origin);
  });

  it.each(['', 'portal.example', 'ftp://portal.example', 'javascript:alert(1)'])(
    'writes no parent origin for the host page %j',
    (typed) => {
      const address = embedAddress(
        page,
        settings,
        { view: 'kpis' },
        {
          theme: 'light',
          chrome: 'full',
          width: '100%',
          lang: 'en',
          metrics: null,
          hostPage: typed,
        },
      );
      expect(new URL(address).searchParams.has('parentOrigin')).toBe(false);
    },
  );

  it('writes the iframe and the script beside the dashboard, with the title made safe', () => {
    const snippet = embedSnippet(
      'https://intranet.example/fzzf/index.html#/embed/kpis',
      '核心指标 "A" & <B>',
      '480',
    );
    expect(snippet).toBe(
      [
        '<iframe src="https://intranet.example/fzzf/index.html#/embed/kpis" title="核心指标 &quot;A&quot; &amp; &lt;B>" width="480" height="400" loading="lazy" data-rule-of-law-dashboard></iframe>',
        '<script src="https://intranet.example/fzzf/embed.js" async></script>',
      ].join('\n'),
    );
  });
});
