import { execFileSync } from 'node:child_process';

/** Whether poppler's `pdftotext` is installed: the tests that read a PDF's text back need it. */
export function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
