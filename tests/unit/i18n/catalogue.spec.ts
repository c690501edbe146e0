import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../../src/i18n/catalogue.ts';
import { en } from '../../../src/i18n/en/index.ts';
import { translator } from '../../../src/i18n/translate.ts';
import { zh } from '../../../src/i18n/zh/index.ts';

type Screen = Record<string, string>;
type ScreenFiles = Record<string, Record<string, Screen>>;

const zhScreens: ScreenFiles = import.meta.glob(['../../../src/i18n/zh/*.ts', '!**/index.ts'], {
  eager: true,
});
const enScreens: ScreenFiles = import.meta.glob(['../../../src/i18n/en/*.ts', '!**/index.ts'], {
  eager: true,
});

const keysOf = (catalogue: object) => Object.keys(catalogue).sort();
const fileName = (path: string) => path.split('/').at(-1) ?? path;
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();

/**
 * Parameters only one language shows, where its grammar or convention differs: Chinese quotes
 * the source's own words for a stated change where English puts the amount in words, and
 * Chinese says 上年 where English names the year compared. The caller passes both.
 */
const shownInOneLanguageOnly: Partial<Record<MessageKey, readonly string[]>> = {
  movedClause: ['versus', 'versusYear'],
  unclearClause: ['versus', 'versusYear'],
  statedRise: ['quotes', 'amounts'],
  statedFall: ['quotes', 'amounts'],
  statedNone: ['quotes'],
  statedNote: ['amounts'],
};

describe('the message catalogues', () => {
  it('have the same keys in Chinese and English, screen file by screen file', () => {
    expect(keysOf(en)).toEqual(keysOf(zh));
    expect(Object.keys(enScreens).map(fileName).sort()).toEqual(
      Object.keys(zhScreens).map(fileName).sort(),
    );
    for (const [path, screens] of Object.entries(zhScreens)) {
      const english = Object.entries(enScreens).find(([p]) => fileName(p) === fileName(path));
      expect(Object.keys(english?.[1] ?? {}), path).toEqual(Object.keys(screens));
      for (const [name, screen] of Object.entries(screens))
        expect(keysOf(english?.[1][name] ?? {}), `${path} ${name}`).toEqual(keysOf(screen));
    }
  });

  it('define each key in one screen file only, and every screen file in the catalogue', () => {
    const keys = Object.values(zhScreens).flatMap((screens) =>
      Object.values(screens).flatMap(Object.keys),
    );
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    expect(keys.sort()).toEqual(keysOf(zh));
  });

  it('name the same placeholders in both languages, except where one language shows none', () => {
    const differing = keysOf(zh).flatMap((key) => {
      const allowed = shownInOneLanguageOnly[key as MessageKey] ?? [];
      const named = (text: string) => placeholders(text).filter((name) => !allowed.includes(name));
      const zhText = zh[key as MessageKey];
      const enText = en[key as MessageKey];
      return named(zhText).join() === named(enText).join() ? [] : [{ key, zhText, enText }];
    });
    expect(differing).toEqual([]);
  });

  it('lists as shown in one language only no parameter that both languages show', () => {
    const both = Object.entries(shownInOneLanguageOnly).flatMap(([key, names = []]) =>
      names
        .filter(
          (name) =>
            placeholders(zh[key as MessageKey]).includes(name) &&
            placeholders(en[key as MessageKey]).includes(name),
        )
        .map((name) => `${key}.${name}`),
    );
    expect(both).toEqual([]);
  });

  it('use braces only around placeholder names', () => {
    const stray = [...Object.entries(zh), ...Object.entries(en)].filter(([, text]) =>
      /[{}]/.test(text.replace(/\{\w+\}/g, '')),
    );
    expect(stray).toEqual([]);
  });

  it('hold no key that the source never uses', () => {
    // A key counts as used where it appears whole, in quotes, in src/ (a table such as
    // `{ good: 'toneGood' }` counts). Build no key from pieces (`tile${kind}`): write a table of
    // whole keys instead, so that this check and the types both see it.
    const srcDir = join(import.meta.dirname, '../../../src');
    const catalogues = /^i18n\/(zh|en)\//;
    const source = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !catalogues.test(file.replaceAll('\\', '/')))
      .map((file) => readFileSync(join(srcDir, file), 'utf8'))
      .join('\n');
    const unused = keysOf(zh).filter((key) => !new RegExp(`['"\`]${key}['"\`]`).test(source));
    expect(unused).toEqual([]);
  });
});

describe('a translator', () => {
  const t = translator('zh');

  it('fills in the parameters its placeholders name', () => {
    expect(t('figureCount', { count: 3 })).toBe('3 项指标');
    expect(translator('en')('figureCount', { count: 3 })).toBe('3 metrics');
    expect(t('appTitle')).toBe('法治政府建设指标看板');
  });

  it('does not compile with a parameter missing, misspelt or not asked for', () => {
    // @ts-expect-error -- figureCount needs its count
    expect(t('figureCount')).toBe('{count} 项指标');
    // @ts-expect-error -- cnt is not a placeholder of figureCount
    expect(t('figureCount', { cnt: 3 })).toBe('{count} 项指标');
    // @ts-expect-error -- appTitle has no placeholders
    expect(t('appTitle', { count: 3 })).toBe('法治政府建设指标看板');
  });

  it('takes for a key chosen at run time every parameter any of its keys names', () => {
    const paused = Math.random() > 2;
    expect(t(paused ? 'autoPaused' : 'autoRunning', { seconds: 8 })).toBe('每8秒自动翻页');
    // @ts-expect-error -- autoRunning needs its seconds
    expect(t(paused ? 'autoPaused' : 'autoRunning')).toBe('每{seconds}秒自动翻页');
  });
});
