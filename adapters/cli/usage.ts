/** A mistake in how the CLI was called: printed on stderr with the usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `Usage:
  quotebot quote <words> [--limit N] [--article SLUG] [--json]   the passages that best match
  quotebot summary [--length short|medium|long] [--topic WORDS] [--article SLUG] [--json]
                                                                  the article in its own words
  quotebot articles [--json]                                      the articles in the library
  quotebot check                                                  validate the content folder
  quotebot help                                                   this text

Environment: CONTENT_DIR (default: the package's content/ folder). See .env.example.`;
