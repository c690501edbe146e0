import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';

// What an intranet release holds: the app and its data, nothing of the mocks or the tests.
const EXPECTED = [
  /^index\.html$/,
  /^theme\.js$/,
  /^embed\.js$/,
  /^embed-demo\.html$/,
  /^favicon\.svg$/,
  /^data\/dongcheng\.json$/,
  /^data\/dataset\.schema\.json$/,
  /^assets\/[\w-]+\.js$/,
  /^assets\/[\w-]+\.css$/,
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe('the production build', () => {
  let dist: string;
  let files: string[];

  beforeAll(() => {
    dist = inject('builtApp');
    files = filesUnder(dist);
  });

  it('holds only the files the app needs: no service worker, mocks, tests or source maps', () => {
    expect(files.filter((f) => !EXPECTED.some((pattern) => pattern.test(f)))).toEqual([]);
    expect(files.filter((f) => /mock|msw|test|spec|fixture|\.map$/i.test(f))).toEqual([]);
    expect(files).toContain('index.html');
    expect(files.filter((f) => f.startsWith('assets/')).length).toBeGreaterThan(3);
  });

  it('ships no mock or test code inside its scripts', () => {
    const scripts = files.filter((f) => f.endsWith('.js'));
    const shipped = scripts.map((f) => ({ f, text: readFileSync(join(dist, f), 'utf8') }));
    const leaks = shipped.filter(({ text }) =>
      /mockServiceWorker|setupWorker|msw\/|@testing-library|示例区/.test(text),
    );
    expect(leaks.map(({ f }) => f)).toEqual([]);
  });

  it('has no inline script or style attribute in index.html that a strict CSP would block', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((tag) => !/\bsrc=/.test(tag))).toEqual([]);
    expect(html).not.toMatch(/\sstyle=|\son[a-z]+=|<style/i);
    expect(html).toContain('<link rel="preload" as="fetch" crossorigin href="data/dongcheng.json"');
  });

  it("lists each view's shell and its stylesheets among files of the build, the entry's own left out", () => {
    const theme = readFileSync(join(dist, 'theme.js'), 'utf8');
    const listed = /\}\)\((\{.*\})\);\s*$/.exec(theme)?.[1] ?? '{}';
    const files = JSON.parse(listed) as Record<string, string[]>;
    const html = readFileSync(join(dist, 'index.html'), 'utf8');

    expect(Object.keys(files).sort()).toEqual(['embed', 'full', 'present']);
    for (const [view, shell] of Object.entries({
      embed: 'embed-shell',
      full: 'full-shell',
      present: 'present-shell',
    })) {
      const list = files[view] ?? [];
      expect(list.some((f) => f.includes(`/${shell}-`) && f.endsWith('.js'))).toBe(true);
      // Its stylesheet too: each shell imports CSS of its own.
      expect(list.some((f) => f.endsWith('.css'))).toBe(true);
      for (const file of list) {
        expect(readdirSync(join(dist, 'assets'))).toContain(file.replace('assets/', ''));
        expect(html).not.toContain(file);
      }
    }
  });

  it('keeps the PowerPoint writer in a chunk of its own that no view loads or preloads at start', () => {
    const theme = readFileSync(join(dist, 'theme.js'), 'utf8');
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const writer = files.filter(
      (f) => f.endsWith('.js') && readFileSync(join(dist, f), 'utf8').includes('ppt/slides/slide'),
    );
    expect(writer).toHaveLength(1);
    const name = writer[0]?.replace('assets/', '') ?? '';
    expect(theme).not.toContain(name);
    expect(html).not.toContain(name);
    // Only a dynamic import names it: no static import from the presentation's shell.
    const shell = files.find((f) => /\/present-shell-/.test(f)) ?? '';
    const shellText = readFileSync(join(dist, shell), 'utf8');
    expect(shellText).not.toMatch(new RegExp(`from\\s*["']\\./${name.replace('.', '\\.')}["']`));
  });
});
