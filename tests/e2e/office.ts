import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
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

/**
 * Converts an Office file to PDF beside it, as LibreOffice opens it, and returns the PDF's path.
 * Each conversion has a profile of its own: two specs converting at once on one profile (the
 * deck's and the brief's, in parallel workers) made the second soffice exit with no PDF.
 */
export function convertToPdf(file: string, outdir: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'soffice-profile-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outdir,
        file,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(outdir, `${basename(file).replace(/\.[^.]+$/, '')}.pdf`);
}
