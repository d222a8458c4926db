import { createInterface } from 'node:readline';
import { exampleWord } from '../../src/bot/help-examples.js';
import type { Readable, Writable } from 'node:stream';
import {
  closestName,
  commandNamed,
  handleRequest,
  resolveCommandText,
  type Bot,
  type CommandPorts,
  type CommandReply,
  type CommandRequest,
  type Attribution,
  type BotReply,
  type Passage,
  type QuoteFollowUps,
} from '../../src/index.js';
import { fullNameIn, reportsSpeech, speakerInParagraph } from '../../src/text/speaker.js';
import { en } from '../shared/wording.js';
import { renderCommandReplyForTerminal, TERMINAL_WORDING, type TerminalStyle } from '../terminal/render.js';

/**
 * What the console keeps between lines: the last quote's follow-ups, for /next and /context, and the article
 * the conversation is about.
 */
export interface ChatState {
  followUps: QuoteFollowUps | undefined;
  /**
   * The article the last reply about one was about, a quote's or a summary's, for "who wrote that?" (absent
   * before any, and after a reply about several).
   */
  article?: Attribution | undefined;
  /** The last quote's sentence, for "who said that?": the person it credits it to, if the article names one. */
  quoted?: Passage | undefined;
}

const COMMAND_LINE = /^\/([a-z-]+)\s*([\s\S]*)$/i;
/** Words that ask where the last quote comes from: "who wrote that?", "when was it published?". */
const SOURCE_WORDS =
  /^(?:@\S+[\s:,]+)?(?:who (?:wrote|said) (?:that|it|this)|when was (?:that|it|this)(?: one)? (?:published|written)|(?:what|which) (?:article|piece|story|speech) is (?:that|it|this)(?: one)? from|where is (?:that|it|this) from)[\s.!?]*$/iu;

/** Those of them that ask who said the words, not who wrote the article. */
const SAID_WORDS = /\bwho said\b/i;

/** Words that ask for the last quote's next match, as `/next` does: "next", "more please", "another one". */
const NEXT_WORDS =
  /^(?:@\S+[\s:,]+)?(?:next(?: one| match| quote)?|more|another(?: one)?|show me (?:another|more|the next one))(?:[\s,]+(?:please|pls|plz))?[\s.!?]*$/iu;

/** Whoever runs the console runs the bot: they may reload its articles. */
const consolePorts = (bot: Bot): CommandPorts => ({ bot, mayManage: () => Promise.resolve(true) });

/**
 * Turns one line typed in the console into a request, or a reply to print at once (a usage error).
 * `/next` and `/context` run the last quote's follow-ups, the same requests its buttons carry elsewhere;
 * "next", "more" or "another one" after a quote with more matches is `/next`; "next" or "more" with no
 * quote before it asks for one, as `/next` does.
 */
export function requestFromLine(
  bot: Bot,
  line: string,
  state: ChatState,
): CommandRequest | CommandReply | string | undefined {
  const text = line.trim();
  if (text.length === 0) return undefined;
  const typed = COMMAND_LINE.exec(text);
  // "who wrote that?" after a quote is about that quote's article, not the whole library.
  if (!typed && state.article && SOURCE_WORDS.test(text)) {
    // "who said that?" of a report's quotation is the person it quotes, as the article names them.
    // Someone's words the article names no one for are not the writer's: it says so, not the byline alone.
    const speaker = SAID_WORDS.test(text) && state.quoted ? speakerOfQuote(bot, state.quoted) : undefined;
    if (speaker === null) return en.quoteSpeakerUnnamed(TERMINAL_WORDING, state.article);
    return speaker === undefined
      ? en.quoteSource(TERMINAL_WORDING, state.article)
      : en.quoteSpeaker(TERMINAL_WORDING, speaker, state.article);
  }
  if (!typed && NEXT_WORDS.test(text)) {
    if (state.followUps) return state.followUps.next ?? en.noOtherMatch;
    // "next" with no quote before it asks for one, as `/next` does: it is no search for the word "next".
    // "another one" is a random quote (see `parseIntent`).
    if (!/\banother\b/i.test(text)) return en.askForQuoteFirst;
  }
  if (!typed) return bot.read(text);
  const name = typed[1]!.toLowerCase();
  if (name === 'next' || name === 'context') {
    if (!state.followUps) return en.askForQuoteFirst;
    const { next, context, share } = state.followUps;
    if (name === 'next' && !next) return en.noOtherMatch;
    return (name === 'next' ? next : context) ?? share;
  }
  // The console's own follow-ups have no command of the catalog to show in full.
  if (name === 'help' && /^\/?(?:next|context)$/i.test((typed[2] ?? '').trim()))
    return `/next, /context: ${en.consoleFollowUps}.`;
  const command = commandNamed(name, bot.commands);
  if (!command) {
    const meant = closestName(name, [...bot.commands.map((each) => each.name), 'next', 'context']);
    return meant === undefined ? { kind: 'help', unknown: `/${name}` } : en.noSuchCommand(name, meant);
  }
  // The console has no channel to post to: `/daily` says where daily quotes run.
  if (command.name === 'daily') return en.dailyNotInConsole;
  const resolved = resolveCommandText(command, typed[2] ?? '', {
    platform: 'terminal',
    channelId: '',
    workspaceId: null,
    userId: null,
  });
  return resolved.kind === 'usage-error' ? { kind: 'usage', error: resolved } : resolved.request;
}

const isReply = (value: CommandRequest | CommandReply): value is CommandReply =>
  value.kind === 'usage' || value.kind === 'bot' || value.kind === 'reload';

/** Answers one console line: the text to print, and the state for `/next`. */
export async function answerLine(
  bot: Bot,
  line: string,
  state: ChatState,
  style: TerminalStyle,
): Promise<string | undefined> {
  const asked = requestFromLine(bot, line, state);
  if (asked === undefined || typeof asked === 'string') return asked;
  const reply = isReply(asked) ? asked : await handleRequest(asked, consolePorts(bot));
  // Follow-ups are the last reply's: after a summary, `/next` has no quote to go on with.
  if (reply.kind === 'bot') {
    state.followUps = reply.reply.kind === 'quote' ? reply.reply.followUps : undefined;
    const about = articleOf(reply.reply);
    if (about !== undefined) {
      state.article = about ?? undefined;
      state.quoted = reply.reply.kind === 'quote' ? reply.reply.hit.passage : undefined;
    }
  }
  // The console is the chat, whoever calls: its replies say `/next` and `sentences:5`, not the command line's.
  return renderCommandReplyForTerminal(reply, { ...style, chat: true });
}

/**
 * Who the quoted sentence credits its words to, read with the rest of its paragraph (a quotation of several
 * sentences names its speaker where it ends) and the paragraph before (whom "he said" is), by the name the
 * article gives them in full ("Liam Neeson", not "Mr Neeson"); null when they are someone's words the article
 * names no one for (a quotation, "the company said"); undefined when they are the writer's own.
 */
function speakerOfQuote(bot: Bot, passage: Passage): string | null | undefined {
  const article = bot.library.article(passage.slug)?.sentences ?? [passage];
  const inParagraph = (paragraph: number): Passage[] =>
    article.filter((each) => each.paragraph === paragraph);
  const sentences = inParagraph(passage.paragraph);
  const at = sentences.findIndex((each) => each.id === passage.id);
  const texts = (list: readonly Passage[]): string[] => list.map((each) => each.text);
  const before = texts(inParagraph(passage.paragraph - 1));
  if (at < 0) return undefined;
  const lexicon = bot.library.options.lexicon;
  const speaker = speakerInParagraph(texts(sentences), at, before, lexicon);
  if (speaker !== undefined) return fullNameIn(texts(article), speaker, lexicon);
  return reportsSpeech(texts(sentences), at) ? null : undefined;
}

/**
 * The article a reply is about, for "who wrote it?" after it: a quote's, a summary's, a library summary's or a
 * list's of one article; null of several (then "who wrote it?" lists them); undefined of none (help, no match:
 * the conversation is still about the article before).
 */
function articleOf(reply: BotReply): Attribution | null | undefined {
  switch (reply.kind) {
    case 'quote':
      return reply.hit.article;
    case 'summary':
      return reply.summary.article;
    case 'library-summary':
      if (reply.summary.kind !== 'found') return undefined;
      return reply.summary.excerpts.length === 1 ? reply.summary.excerpts[0]!.article : null;
    case 'articles':
    case 'author':
      return reply.articles.length === 1 && reply.total === 1 ? reply.articles[0]! : null;
    default:
      return undefined;
  }
}

/** A line that leaves the chat, as a shell's or a REPL's would: "exit", "quit", "/quit", ":q". */
const QUIT = /^\s*(?:\/?(?:exit|quit)|:q|\.exit)\s*$/i;

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
  const state: ChatState = { followUps: undefined };
  const lines = createInterface({ input, terminal: interactive, ...(interactive ? { output } : {}) });
  const say = (text: string): void => void output.write(`${text}\n`);
  if (interactive) {
    say(
      `quotebot console: ${bot.library.articles.length} article(s) loaded. Try /quote ${exampleWord(bot.library) ?? 'election'}, /summary or /help. /quit or Ctrl+D quits.`,
    );
    lines.setPrompt('> ');
    lines.prompt();
  }
  for await (const line of lines) {
    if (QUIT.test(line)) break;
    const text = await answerLine(bot, line, state, style);
    if (text !== undefined) say(text);
    if (interactive) lines.prompt();
  }
}
