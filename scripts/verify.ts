/**
 * Checks an evidence pack with the project's own verifier (utils/export/verify.ts):
 *   npm run verify -- <pack.zip | unpacked pack folder> [--head <audit head hash>] [--tsa-ca <authority root PEM>]
 * Prints every problem, naming the file, log entry or manifest field; exits 0 only when all checks hold.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { verifyPack, verifyPackEntries, type VerifyReport } from '../utils/export/verify';
import { errorText } from '../utils/error-text';

const USAGE =
  'usage: npm run verify -- <pack.zip | unpacked pack folder> [--head <audit head hash>] [--tsa-ca <time-stamp authority root, PEM>]';

/** Every file under `dir`, by its path relative to it with forward slashes, as inside the ZIP. */
function readFolder(dir: string): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const full = join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full).split(sep).join('/'), new Uint8Array(readFileSync(full)));
    }
  };
  walk(dir);
  return out;
}

export async function runVerify(argv: readonly string[], print: (line: string) => void = console.log): Promise<number> {
  const args = [...argv];
  const headAt = args.indexOf('--head');
  const head = headAt >= 0 ? args[headAt + 1] : undefined;
  if (headAt >= 0) args.splice(headAt, 2);
  const caAt = args.indexOf('--tsa-ca');
  const caFile = caAt >= 0 ? args[caAt + 1] : undefined;
  if (caAt >= 0) args.splice(caAt, 2);
  const target = args.find((a) => !a.startsWith('--'));
  if (!target || (headAt >= 0 && !/^[0-9a-fA-F]{64}$/.test(head ?? ''))) {
    print(USAGE);
    return 2;
  }
  let report: VerifyReport & { manifest?: { audit: { head: string } } };
  try {
    const options = {
      ...(head ? { expectedHead: head } : {}),
      ...(caFile ? { tsaRoots: readFileSync(caFile, 'utf8') } : {}),
    };
    report = statSync(target).isDirectory()
      ? await verifyPackEntries(readFolder(target), options)
      : await verifyPack(new Uint8Array(readFileSync(target)), options);
  } catch (err) {
    print(`cannot read ${target}: ${errorText(err)}`);
    return 2;
  }
  for (const p of report.problems) print(`PROBLEM: ${p}`);
  for (const n of report.notes) print(`NOTE: ${n}`);
  if (report.trust && !report.trust.times.length && !report.trust.captures.length)
    print("NOTE: No trusted timestamp: the pack's times come from the computer's own clock.");
  if (report.ok) {
    print(`OK: ${report.filesChecked} files and ${report.entriesChecked} log entries check out.`);
    if (head) print('The log ends at the head you gave.');
    else if (report.trust?.signedBy)
      print(
        `No --head given: the pack is consistent in itself and signed by installation key ${report.trust.signedBy}. Compare that fingerprint with one the sender gave you beforehand (or with their earlier packs): the same fingerprint means the same installation. Without a head or a trusted timestamp, that installation could still have rebuilt it whole.`,
      );
    else
      print(
        'No --head given: the pack is consistent in itself, but its log has no signature or trusted time, so whoever holds it could have rebuilt it whole. Check it against a head the sender gave you beforehand (--head) to rule that out.',
      );
  } else print(`FAILED: ${report.problems.length} problem(s).`);
  return report.ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void runVerify(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
