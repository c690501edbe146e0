import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

// A dependency nothing imports still ships in every install and every audit: it must go.
it('imports every runtime dependency somewhere in src', () => {
  const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  const code = sourceFiles(join(root, 'src'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const unused = Object.keys(dependencies).filter(
    (name) => !new RegExp(`(from |import\\()'${name}(/[^']*)?'`).test(code),
  );
  expect(unused).toEqual([]);
});
