import type { ImportOutcome } from '../../src/index.js';
import type { ImportReport } from '../../runtime/import/import-article.js';
import type { ImportInput } from '../../runtime/import/input-files.js';
import {
  describeImportProblem,
  describeImportWarning,
  importedLines,
  importJson,
  shown,
} from './import-wording.js';
import type { CommandAnswer } from './json-shapes.js';

/** What one input of several came to. */
type Result =
  | { readonly source: string; readonly report: ImportReport }
  | { readonly source: string; readonly kind: string; readonly message: string };

/**
 * Imports several inputs one after another, each as `quotebot import <file>` alone would, going on past one
 * that fails: a library is a folder of texts, and one with no publication line should not stop the other
 * nineteen. Its answer is every input's result in order, then how many were imported; the exit code is 1
 * when any failed. A file imported before with the same result is said to be there already, not refused, so
 * that the folder can be imported again once a missing option is given.
 */
export async function importBatch(
  inputs: readonly ImportInput[],
  importOne: (input: string) => Promise<ImportOutcome<ImportReport>>,
  options: { readonly json: boolean; readonly warn: (line: string) => void },
): Promise<CommandAnswer> {
  const results: Result[] = [];
  for (const input of inputs) results.push(await resultOf(input, importOne));
  const failures = results.filter((result) => !('report' in result)).length;
  const code = failures > 0 ? 1 : 0;
  if (options.json) return { out: JSON.stringify(results.map(resultJson), null, 2), code };
  const lines = results.flatMap((result) => {
    if (!('report' in result)) return [`✗ ${result.message}`];
    const { report } = result;
    for (const warning of report.warnings)
      options.warn(`warning: ${shown(result.source)}: ${describeImportWarning(warning)}`);
    if (report.unchanged) return importedLines(report, 'Already imported, unchanged:');
    return importedLines(report, report.written ? undefined : 'Would import');
  });
  const done = results.length - failures;
  lines.push(
    failures === 0
      ? `${done} of ${results.length} imported`
      : `${done} of ${results.length} imported, ${failures} failed (✗ above)`,
  );
  return { out: lines.join('\n'), code };
}

async function resultOf(
  input: ImportInput,
  importOne: (input: string) => Promise<ImportOutcome<ImportReport>>,
): Promise<Result> {
  const source = input.input;
  if (input.kind === 'empty-folder')
    return {
      source,
      kind: 'no-files',
      message: `${source}: a folder with no file to import (.md, .txt or .html; its subfolders are not read)`,
    };
  if (input.kind === 'content-folder')
    return {
      source,
      kind: 'content-folder',
      message: `${source}: is the content folder itself: its files are imported already`,
    };
  const outcome = await importOne(source);
  return outcome.ok
    ? { source, report: outcome.value }
    : { source, kind: outcome.problem.code, message: describeImportProblem(outcome.problem, true) };
}

/** One element of the array `import --json` prints for several inputs (documented in the README). */
function resultJson(result: Result) {
  if (!('report' in result))
    return { source: result.source, ok: false, kind: result.kind, message: result.message };
  return {
    source: result.source,
    ok: true,
    unchanged: result.report.unchanged === true,
    ...importJson(result.report),
  };
}
