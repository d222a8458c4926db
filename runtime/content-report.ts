import { reasonOf, type ContentProblem } from './content-listing.js';
import type { Logger } from './logger.js';

/**
 * What a running bot says of the content folder's entries it does not read, at start-up and after each
 * reload. A skipped file (a broken article, a page dropped in as it came) is said each time it is skipped:
 * it is a mistake to fix, and its edits are read again. A note (a subfolder: not read, yet no mistake, so
 * `quotebot check` passes) is said once per process, as a note: a reload that reads the whole folder finds
 * it again, and saying it at each would read as a fault. With a `logger` (a serving bot, whose JSON lines a
 * log pipeline reads) a skipped file is a warning with the file and the reason as fields an alert can match,
 * and a note an info line; without one (the console chat) each is a plain line on stderr.
 */
export function contentReporter(logger?: Logger): (problems: readonly ContentProblem[]) => void {
  const noted = new Set<string>();
  return (problems) => {
    for (const problem of problems) {
      if (problem.note) {
        if (noted.has(problem.message)) continue;
        noted.add(problem.message);
        if (logger) logger.info({ file: problem.file, note: reasonOf(problem) }, 'content folder note');
        else process.stderr.write(`Note: ${problem.message}\n`);
      } else if (logger)
        logger.warn({ file: problem.file, reason: reasonOf(problem) }, 'content file skipped');
      else process.stderr.write(`Skipped ${problem.message}\n`);
    }
  };
}
