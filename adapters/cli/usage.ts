/** A mistake in how the CLI was called: printed on stderr with the usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `Usage:
  quotebot quote <words> [--limit N] [--article SLUG] [--author NAME] [--json]
                                                                  the passages that best match
  quotebot quote [--author NAME] [--article SLUG]                 a random quote
  quotebot summary [--length short|medium|long] [--topic WORDS] [--article SLUG] [--json]
                                                                  the article in its own words
  quotebot articles [--json]                                      the articles in the library
  quotebot check                                                  validate the content folder
  quotebot daily run [--at ISO-8601] [--dry-run] [--json]         post the daily quotes that are due
  quotebot daily list [--json]                                    the schedules, next posts, pauses
  quotebot daily set --platform P --channel C --time HH:MM --timezone TZ
                     [--days mon-fri] [--article SLUG]            schedule a channel's daily quote
  quotebot daily stop|status --platform P --channel C [--json]    stop or show one schedule
  quotebot import <file|URL> [--slug S] [--dry-run] [--force] [--json]
                  [--format text|markdown|html] [--title T] [--author A] [--publication P]
                  [--date D] [--url U] [--timeout SECONDS]     add an article to the content folder
  quotebot help                                                   this text

Environment: CONTENT_DIR (default: the package's content/ folder), DATA_DIR (default: the package's data/ folder),
DAILY_CATCHUP_HOURS. See .env.example.`;
