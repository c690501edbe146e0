import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/dataset/parse.ts';
import { buildDeck, type Slide } from '../../../src/features/present/deck.ts';
import { notesText, slideNotes } from '../../../src/features/present/notes.ts';
import { basic, fileText } from '../../fixtures/index.ts';

const dataset = parseDataset(fileText(basic), 'basic.json');
const YEARS = dataset.years;
const full = buildDeck(dataset, 2024, YEARS, 'full');
const slide = (id: string) => {
  const found = full.find((s) => s.id === id);
  if (!found) throw new Error(`no slide ${id} in ${full.map((s) => s.id).join(' ')}`);
  return found;
};
const notes = (s: Slide, lang: 'zh' | 'en' = 'zh') =>
  notesText(slideNotes(s, dataset, 2024, YEARS, lang));

describe('the speaker’s notes', () => {
  it('give a KPI’s sentence, its published words verbatim with source and date, and every earlier year', () => {
    const text = notes(slide('kpi-hotline_requests'));
    expect(text).toContain('2024年12345热线诉求量');
    expect(text).toContain('原文：“全年受理12345热线诉求15万件，较去年同期下降5%”。出处：');
    expect(text).toContain('此前各年：2020年98000件；2021年未公开；2022年12万余件；2023年18万余件');
  });

  it('carry the caveat the dataset records, once, in its neutral words', () => {
    const text = notes(slide('kpi-hotline_requests'));
    expect(text.match(/两者的基数或时段可能不同/g)).toHaveLength(1);
    expect(text).not.toMatch(/错误|有误|wrong/);
  });

  it('say it in English with ?lang=en', () => {
    const text = notes(slide('kpi-hotline_requests'), 'en');
    expect(text).toContain('As published: “全年受理12345热线诉求15万件');
    expect(text).toMatch(/Earlier years: 2020: 98,000 requests; 2021: not published/);
  });

  it('give each finding its quote and source, and the latest figures of what it concerns with their years', () => {
    const findings = full.filter((s) => s.kind === 'findings');
    expect(findings.length).toBeGreaterThan(0);
    const text = findings.map((s) => notes(s)).join('\n');
    for (const f of dataset.findings.filter((f) => f.year === 2024))
      if (f.quote) expect(text).toContain(`“${f.quote}”`);
    expect(text).toMatch(/相关数字：\d{4}年/);
  });

  it('give every slide of the full deck something beyond its title', () => {
    for (const s of full) expect(notes(s).length, s.id).toBeGreaterThan(20);
  });

  it('read out what a later report says of a finding, with its source', () => {
    const deck = buildDeck(dataset, 2023, YEARS);
    const findings = deck.filter((s) => s.kind === 'findings');
    const text = findings
      .map((s) => notesText(slideNotes(s, dataset, 2023, YEARS, 'zh')))
      .join('\n');
    expect(text).toMatch(
      /2024年报告：有进展：“12348热线接通率较上年有所提升，供给不均衡问题仍待解决”（.+）/,
    );
    const en = findings.map((s) => notesText(slideNotes(s, dataset, 2023, YEARS, 'en'))).join('\n');
    expect(en).toContain('2024 report: progress made: ');
  });
});
