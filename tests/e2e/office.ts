import { execFileSync } from 'node:child_process';
import { it } from 'vitest';

/**
 * `it`, where the programs that open a downloaded document as its reader would are installed
 * (LibreOffice converts it to PDF, poppler reads the pages); CI installs them all (.ci/run), so
 * there a missing one fails the run, and elsewhere it skips with what to install.
 */
export function itWithPrograms(programs: readonly string[], install: string) {
  const found = programs.every((program) => {
    try {
      execFileSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
  if (!found) {
    const message = `${programs.join(', ')} are needed to check the downloaded file: ${install}`;
    if (process.env.CI === 'true') throw new Error(message);
    console.warn(message);
  }
  return it.skipIf(!found);
}
