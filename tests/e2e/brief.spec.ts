import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect } from 'vitest';
import { basic, fileText } from '../fixtures/index.ts';
import { downloadOf, pngSize, STRICT_CSP } from './export-helpers.ts';
import { convertToPdf, itWithPrograms } from './office.ts';
import { describeInChromium, serveAppInChromium } from './served-app.ts';

// The Word brief taken away, read the way its reader meets it: downloaded from the built app
// under the strict CSP, then opened by LibreOffice Writer (converted to PDF) and read page by page.
const FIXTURE = 'data/fixture.json';

const itWithOffice = itWithPrograms(
  ['soffice', 'pdfinfo', 'pdftotext', 'pdfimages'],
  'apt-get install --no-install-recommends libreoffice-writer poppler-utils',
);

const KPIS = {
  zh: ['12345热线诉求量', '热线诉求解决率', '热线诉求满意率', '热线办理全市排名'],
  en: ['Requests to the 12345 hotline', 'Hotline resolution rate', 'Hotline satisfaction rate'],
};

describeInChromium('the Word brief downloaded from the built app', () => {
  const served = serveAppInChromium(
    { [FIXTURE]: fileText(basic) },
    { headers: { 'Content-Security-Policy': STRICT_CSP } },
  );
  const dir = mkdtempSync(join(tmpdir(), 'brief-'));

  for (const lang of ['zh', 'en'] as const)
    itWithOffice(
      `is a Word file of the year that LibreOffice Writer lays out on A4 pages, with every chart drawn (${lang})`,
      async () => {
        const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
        const requests: string[] = [];
        page.on('request', (r) => requests.push(r.url()));
        const query = lang === 'en' ? `?lang=en&data=${FIXTURE}` : `?data=${FIXTURE}`;
        await page.goto(`${served.url}${query}#/`);
        await page.locator('.kpi-grid').waitFor();
        const before = requests.length;
        const name = lang === 'en' ? 'Download Word brief' : '下载 Word 简报（.docx）';
        const file = await downloadOf(page, () => page.getByRole('button', { name }).click());
        expect(file.name).toBe('sample-2024-brief.docx');
        // Only the app's own code loads: no network call for the file itself.
        const origin = new URL(served.url).origin;
        expect(
          requests.slice(before).filter((u) => !u.startsWith(origin) && !u.startsWith('blob:')),
        ).toEqual([]);
        await expect
          .poll(() => page.getByRole('status').filter({ hasText: file.name }).count())
          .toBeGreaterThan(0);

        // The charts are 2× PNGs of the text's width, each with its summary as alt text.
        const parts = unzipSync(new Uint8Array(file.bytes));
        const xml = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
        const alts = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]+)"/g)];
        expect(alts.length).toBeGreaterThanOrEqual(3);
        const media = Object.entries(parts).filter(([p]) => p.startsWith('word/media/'));
        for (const [, bytes] of media) expect(pngSize(Buffer.from(bytes))?.width).toBe(1200);
        for (const [path, bytes] of Object.entries(parts))
          if (path.endsWith('.rels')) expect(strFromU8(bytes)).not.toContain('External');

        const docx = join(dir, `${lang}-${file.name}`);
        writeFileSync(docx, file.bytes);
        const pdf = convertToPdf(docx, dir);
        const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
        const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
        expect(pages).toBeGreaterThanOrEqual(2);
        expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
        const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
        const flat = lang === 'zh' ? text.replace(/\s+/g, '') : text.replace(/\s+/g, ' ');
        expect(flat).toContain(
          lang === 'zh'
            ? '示例市示例区2024年法治政府建设指标简报'
            : 'Sample District: rule-of-law indicators brief, 2024',
        );
        for (const kpi of KPIS[lang]) expect(flat).toContain(kpi);
        expect(flat).toContain(lang === 'zh' ? '引用来源' : 'Sources cited');
        // Every chart image is on a page.
        const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
          .split('\n')
          .filter((line) => /^\s*\d+\s+\d+\s+image/.test(line));
        expect(images.length).toBe(alts.length);
        await page.close();
      },
      180_000,
    );
});
