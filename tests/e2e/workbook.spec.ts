import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, inject, it } from 'vitest';
import { basic, fileText } from '../fixtures/index.ts';
import { downloadOf, STRICT_CSP } from './export-helpers.ts';
import { convertToPdf, itWithPrograms } from './office.ts';
import { describeInChromium, serveAppInChromium } from './served-app.ts';

// The Excel workbook downloaded from the built app under the strict CSP, and opened the way its
// reader opens it: LibreOffice Calc converts it to PDF, and the PDF's words are read back.
const FIXTURE = 'data/fixture.json';

const itWithOffice = itWithPrograms(
  ['soffice', 'pdftotext'],
  'apt-get install --no-install-recommends libreoffice-calc poppler-utils',
);

/** The PDF LibreOffice makes of a workbook, as text without white space (poppler spaces CJK). */
function pdfTextOf(dir: string, name: string, bytes: Buffer): string {
  const xlsx = join(dir, name);
  writeFileSync(xlsx, bytes);
  return execFileSync('pdftotext', [convertToPdf(xlsx, dir), '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, '');
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

describeInChromium('the Excel workbook downloaded from the built app', () => {
  const served = serveAppInChromium(
    { [FIXTURE]: fileText(basic) },
    { headers: { 'Content-Security-Policy': STRICT_CSP } },
  );

  itWithOffice.each([
    {
      view: 'the overview in Chinese',
      query: '',
      hash: '#/',
      button: '下载 Excel（.xlsx）',
      sheets: ['说明', '热线诉求办理', '政务公开', '普法与法律服务'],
      words: [
        '示例区法治政府建设指标（测试数据）',
        '示例市示例区',
        '2025-04-15',
        '未公开',
        '示例区2024年法治政府建设年度情况报告',
        // The address as text (poppler drops the hyphen where the cell wraps it).
        'https://www.example.gov.cn/fzzf/2025/report',
        '年份',
        '12345热线诉求量',
        '主动公开政府信息',
        '法律援助服务机构',
        '下限（原文为“余”或“以上”）',
        '98,000',
        '96.2',
      ],
    },
    {
      view: 'the trends view in English',
      query: '&lang=en&metrics=hotline_resolution_rate,legal_aid_cases',
      hash: '#/trends',
      button: 'Download Excel',
      sheets: ['About', 'Trends'],
      words: [
        'Sample District rule-of-law indicators (test data)',
        'Data compiled',
        'Not published',
        'Sources cited',
        'Year',
        'Hotline resolution rate',
        'Legal-aid cases',
        'about (the source says',
        '2,100',
        '96.2',
      ],
    },
  ])(
    'from $view opens in LibreOffice with its About sheet and every sheet’s rows',
    async ({ query, hash, button, sheets, words }) => {
      const page = await served.browser.newPage({ viewport: { width: 1366, height: 900 } });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${served.url}?data=${FIXTURE}${query}${hash}`);
      const control = page.getByRole('button', { name: button, exact: true });
      await control.waitFor();
      const before = requests.length;
      const file = await downloadOf(page, () => control.click());
      expect(file.name).toBe('sample-2024-figures.xlsx');
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: file.name }).count())
        .toBe(1);
      // Only the app's own code loads: the workbook is made in the page, with no call out.
      const origin = new URL(served.url).origin;
      expect(requests.slice(before).filter((u) => !u.startsWith(origin))).toEqual([]);

      const parts = unzipSync(new Uint8Array(file.bytes));
      const workbook = strFromU8(parts['xl/workbook.xml'] ?? new Uint8Array());
      expect([...workbook.matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1])).toEqual(sheets);
      for (const [path, bytes] of Object.entries(parts)) {
        expect(strFromU8(bytes), path).not.toMatch(/<f[\s>]|TargetMode="External"/);
      }

      const text = pdfTextOf(mkdtempSync(join(tmpdir(), 'workbook-')), file.name, file.bytes);
      for (const word of words) expect(text).toContain(squeeze(word));
      await page.close();
    },
    60_000,
  );
});

describe('the workbook writer in the production build', () => {
  it('is a chunk of its own that only a click loads: no view imports or preloads it at start', () => {
    const dist = inject('builtApp');
    const assets = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
    const text = (f: string) => readFileSync(join(dist, 'assets', f), 'utf8');
    const writer = assets.filter((f) => text(f).includes('state="frozen"'));
    expect(writer).toHaveLength(1);
    const name = writer[0] ?? '';
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain(name);
    expect(readFileSync(join(dist, 'theme.js'), 'utf8')).not.toContain(name);
    for (const f of assets)
      expect(text(f), f).not.toMatch(new RegExp(`from\\s*["']\\./${name.replace('.', '\\.')}["']`));
    expect(
      assets.some(
        (f) => text(f).includes(`import(\`./${name}\`)`) || text(f).includes(`import("./${name}")`),
      ),
    ).toBe(true);
  });
});
