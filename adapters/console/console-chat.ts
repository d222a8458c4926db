import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import {
  parseCommandText,
  parseIntent,
  reloadRequestFromCommand,
  requestFromCommand,
  type Bot,
  type BotRequest,
} from '../../src/index.js';
import { renderForTerminal, renderReloadForTerminal, type TerminalStyle } from '../terminal/render.js';

/** What the console keeps between lines: the last quote, for /next and /context. */
interface ChatState {
  lastQuote: Extract<BotRequest, { kind: 'quote' }> | undefined;
}

const COMMAND_LINE = /^\/([a-z-]+)\s*([\s\S]*)$/i;

/** Turns one line typed in the console into a request, or a text to print instead. */
export function requestFromLine(bot: Bot, line: string, state: ChatState): BotRequest | string | undefined {
  const text = line.trim();
  if (text.length === 0) return undefined;
  const command = COMMAND_LINE.exec(text);
  if (!command) return parseIntent(text);
  const name = command[1]!.toLowerCase();
  const rest = command[2] ?? '';
  if (name === 'next' || name === 'context') {
    if (!state.lastQuote) return 'Ask for a quote first, e.g. /quote election';
    return name === 'next'
      ? { ...state.lastQuote, hit: (state.lastQuote.hit ?? 0) + 1, context: false }
      : { ...state.lastQuote, context: true };
  }
  const definition = bot.commands.find((candidate) => candidate.name === name);
  if (!definition) return { kind: 'help', unknown: `/${name}` };
  const parsed = parseCommandText(definition, rest);
  if (parsed.kind === 'command-error') {
    const option = parsed.option ? ` (${parsed.option})` : '';
    return parsed.problem === 'missing-option'
      ? `Missing ${parsed.option ?? 'a value'}. Usage: ${definition.usage}`
      : `That value${option} is not valid. Usage: ${definition.usage}`;
  }
  // Whoever runs the console runs the bot: they may reload its articles.
  const reload = reloadRequestFromCommand(name, parsed.values, true);
  if (reload) return renderReloadForTerminal(bot.reloadArticles(reload));
  return requestFromCommand(name, parsed.values) ?? { kind: 'help', unknown: `/${name}` };
}

/**
 * The local console chat: the bot's commands in a terminal, no Discord or Slack app needed. Works with a
 * terminal (prompt, colours) and with piped input (plain output, exits at end of input).
 */
export async function runConsoleChat(
  bot: Bot,
  input: Readable,
  output: Writable,
  style: TerminalStyle,
  interactive: boolean,
): Promise<void> {
  const state: ChatState = { lastQuote: undefined };
  const lines = createInterface({ input, terminal: interactive, ...(interactive ? { output } : {}) });
  const say = (text: string): void => void output.write(`${text}\n`);
  if (interactive) {
    say(
      `quotebot console: ${bot.library.articles.length} article(s) loaded. Try /quote election, /summary or /help. Ctrl+D quits.`,
    );
    lines.setPrompt('> ');
    lines.prompt();
  }
  for await (const line of lines) {
    const request = requestFromLine(bot, line, state);
    if (typeof request === 'string') say(request);
    else if (request !== undefined) {
      if (request.kind === 'quote') state.lastQuote = request;
      say(renderForTerminal(bot.handle(request), style));
    }
    if (interactive) lines.prompt();
  }
}
