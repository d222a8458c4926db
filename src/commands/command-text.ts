import { parseLocalTime } from '../daily/local-time.js';
import { editDistance } from '../search/edit-distance.js';
import type {
  CommandDefinition,
  CommandOption,
  ContinuedValue,
  OptionValues,
  UsageError,
} from './definition.js';

/** `name:value` or `name:"a value"`; a name in capitals is the same option (`Length:short`). */
const NAMED = /(?:^|\s)([a-z][a-z-]*):(?:"([^"]*)"|(\S*))/gi;

function convert(option: CommandOption, raw: string): string | number | boolean | undefined {
  if (option.type === 'boolean') {
    if (/^(true|yes|on|1)$/i.test(raw)) return true;
    if (/^(false|no|off|0)$/i.test(raw)) return false;
    return undefined;
  }
  if (option.type === 'integer') {
    return /^-?\d+$/.test(raw) &&
      (option.minValue === undefined || Number(raw) >= option.minValue) &&
      (option.maxValue === undefined || Number(raw) <= option.maxValue)
      ? Number(raw)
      : undefined;
  }
  if (option.choices && !option.choices.some((choice) => choice.value === raw.toLowerCase()))
    return undefined;
  return option.choices ? raw.toLowerCase() : raw;
}

/** The name among `names` closest to `typed` (at most two edits away), for "did you mean …". */
export function closestName(typed: string, names: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(typed.toLowerCase(), name, 2);
    if (distance <= 2 && (best === undefined || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/**
 * The usage error of a value `option` cannot take: what it takes instead (its choices, with the one meant:
 * `length:medum`, or its range: `page:0`).
 */
function badValue(definition: CommandDefinition, option: CommandOption, raw: string): UsageError {
  if (option.choices) {
    const choices = option.choices.map((choice) => choice.value);
    const meant = closestName(raw, choices);
    return usageError(definition, 'bad-value', {
      option: option.name,
      value: raw,
      choices,
      ...(meant === undefined ? {} : { suggestion: meant }),
    });
  }
  if (option.type === 'boolean')
    return usageError(definition, 'bad-value', {
      option: option.name,
      value: raw,
      choices: ['true', 'false'],
    });
  const range =
    option.type === 'integer' && (option.minValue !== undefined || option.maxValue !== undefined)
      ? { range: { min: option.minValue, max: option.maxValue } }
      : {};
  return usageError(definition, 'bad-value', { option: option.name, value: raw, ...range });
}

/** The value `option` has in the first of `examples` that names it (`ballbach` of `/quote author:ballbach`). */
export function exampleValueOf(examples: readonly string[], option: string): string | undefined {
  const named = new RegExp(String.raw`(?:^|\s)${option}:([^\s"]+)`);
  for (const example of examples) {
    const value = named.exec(example)?.[1];
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * The usage error of an option named with no value (`author:`, `sentences:`): what to give it, with a value
 * of the command's examples, else its first choice or least number. One wording for every option, rather than
 * a value ignored (a random quote for `author:`) or "“” is not valid".
 */
function emptyValue(definition: CommandDefinition, option: CommandOption): UsageError {
  const example =
    exampleValueOf(definition.examples ?? [], option.name) ??
    option.choices?.[0]?.value ??
    (option.type === 'boolean' ? 'true' : option.minValue?.toString());
  const range = option.type === 'integer' ? { range: { min: option.minValue, max: option.maxValue } } : {};
  const choices = option.choices?.map((choice) => choice.value);
  return usageError(definition, 'empty-value', {
    option: option.name,
    ...(choices || option.type === 'boolean' ? { choices: choices ?? ['true', 'false'] } : {}),
    ...range,
    ...(example === undefined ? {} : { example }),
  });
}

/** A usage error for `definition`. */
export function usageError(
  definition: CommandDefinition,
  problem: UsageError['problem'],
  extra: Partial<Pick<UsageError, 'option' | 'value' | 'suggestion' | 'choices' | 'range' | 'example'>> = {},
): UsageError {
  return { kind: 'usage-error', command: definition.name, problem, usage: definition.usage, ...extra };
}

/**
 * Where an option's unquoted value stood in the text, until the words after it are placed (`continuedFirst`).
 */
const VALUE_STOOD = '\u0000';

/** The option free words are for: the first text option, or one read only by name once it is named. */
function mainOption(definition: CommandDefinition, values: OptionValues): CommandOption | undefined {
  return definition.options.find(
    (option) => option.type === 'string' && !option.choices && (!option.namedOnly || option.name in values),
  );
}

/**
 * The free words with those after an unquoted value of another option than theirs (`article:state` of `taxes
 * article:state of the union`) first, as they stand when the option comes first (`article:state of the union
 * taxes`): the command reads the longest run of them that names an article or author with the value as its
 * rest (see `Bot`), wherever the option stood. `bare` names the options whose value stood at each mark; the
 * main option's own words stay after the others, as they were.
 */
function continuedFirst(
  text: string,
  bare: readonly string[],
  main: string | undefined,
): { free: string; continued?: ContinuedValue } {
  const [before = '', ...after] = text.split(VALUE_STOOD);
  const [first = '', ...later] = after.filter((_, i) => bare[i] !== main);
  const own = after.filter((_, i) => bare[i] === main);
  // A later one's go last, where a name is read too (`taxes article:state of the union author:jimmy carter`).
  const free = [first, before, ...later, ...own].join(' ');
  const option = bare.find((name) => name !== main);
  const count = (words: string): number => words.split(/\s+/).filter(Boolean).length;
  return option === undefined || count(first) === 0 || count(before) === 0
    ? { free }
    : { free, continued: { option, next: count(first), before: count(before) } };
}

/**
 * Reads the text after a command name, as typed in a terminal or a Slack slash command: `name:value`
 * pairs (quote values with spaces: `topic:"red line"`), a bare choice value (`/summary short`) or boolean
 * name (`/articles reload`), and free words for the first text option, after its value when it is named
 * (`topic:oil prices`); with that option named, or none, an unquoted value takes the words after it up to the next
 * option (`/daily set timezone:new york time:9am`). A `name:` close to an option's
 * name (`artcle:`) is a usage error that names the option meant.
 */
export function parseCommandText(
  definition: CommandDefinition,
  text: string,
): { kind: 'options'; values: OptionValues; continued?: ContinuedValue } | UsageError {
  const values: Record<string, string | number | boolean> = {};
  const names = definition.options.map((option) => option.name);
  let problem: UsageError | undefined;
  const bare: string[] = [];
  // Text options named with no value: an error unless words after it give it one (`topic: oil prices`).
  const empty = new Set<CommandOption>();
  // A value typed after a space is the option's (`author: reagan`), which else had none.
  const spaced = new RegExp(String.raw`(^|\s)(${names.join('|')}):\s+(?=[^\s:"]+(?:\s|$))`, 'gi');
  // The mark is no character anyone types: one typed is a space.
  const typed = text
    .replaceAll(VALUE_STOOD, ' ')
    .replace(spaced, '$1$2:')
    .replace(NAMED, (whole, typedName: string, quoted: string | undefined, unquoted: string | undefined) => {
      const name = typedName.toLowerCase();
      const option = definition.options.find((candidate) => candidate.name === name);
      if (!option) {
        const suggestion = closestName(name, names);
        // A name close to an option's is that option misspelt; any other with a value only an option has (a
        // number or a yes or no: `limit:3`, `dm:true`) is one the command lacks: neither is a word to look
        // for. Words (`re:election`) and links (`https://…`) are.
        const optionLike = /^(?:-?\d+|true|false|yes|no|on|off)$/i.test(quoted ?? unquoted ?? '');
        if (suggestion !== undefined)
          problem ??= usageError(definition, 'unknown-option', { option: name, suggestion });
        else if (optionLike) problem ??= usageError(definition, 'unknown-option', { option: name });
        return whole;
      }
      const raw = quoted ?? unquoted ?? '';
      if (raw.trim().length === 0 && (option.type !== 'string' || option.choices))
        problem ??= emptyValue(definition, option);
      if (raw.trim().length === 0) empty.add(option);
      const value = convert(option, raw);
      if (value === undefined) problem ??= badValue(definition, option, raw);
      else values[name] = value;
      if (quoted !== undefined || option.type !== 'string' || option.choices) return ' ';
      bare.push(name);
      return ` ${VALUE_STOOD} `;
    });
  if (problem !== undefined) return problem;
  const mainBefore = mainOption(definition, values);
  const mainNamed = mainBefore !== undefined && mainBefore.name in values;
  // A bare time is the time's wherever it stands, before the options or after them, and the other words after an
  // unquoted value are that value's, as when the time is named: `/daily set 9am timezone:new york`.
  const formed = mainNamed ? undefined : formWordsApart(typed, mainBefore?.form);
  // With no free text to be (the main option is named, or there is none), the words after an unquoted value
  // are that value's, up to the next option, in any order: `/daily set timezone:new york time:9am`.
  const { free, continued } =
    mainBefore === undefined || mainNamed || formed !== undefined
      ? {
          free: [ownWordsPlaced(definition, values, formed?.typed ?? typed, bare), ...(formed?.words ?? [])]
            .join(' ')
            .trim(),
          continued: undefined,
        }
      : continuedFirst(typed, bare, mainBefore.name);
  const words = withoutChoiceWords(definition, values, free);
  if (words.length > 0) {
    // Free words are the first text option's (`/summary north korea`: topic), and continue it when it was
    // named with a bare value (`/summary topic:north korea`), never another option's (`article:korea`).
    const main = mainOption(definition, values);
    const flag = definition.options.find(
      (option) => option.type === 'boolean' && option.name === words.toLowerCase(),
    );
    if (main) values[main.name] = main.name in values ? `${String(values[main.name])} ${words}` : words;
    // A command without free text takes a boolean option by its bare name: `/articles reload`.
    else if (flag) values[flag.name] = true;
    else {
      const integer = definition.options.find(
        (option) => option.type === 'integer' && !(option.name in values),
      );
      const value = integer ? convert(integer, words) : undefined;
      // A word that is none of the choices of the option it can only be for: `/help next` names them.
      const choice = definition.options.find((option) => option.choices && !(option.name in values));
      if (!integer && choice?.choices) {
        // `/help /quote`: a command's name with its slash is that command.
        const bare = words.replace(/^\//, '').toLowerCase();
        if (choice.choices.some((each) => each.value === bare))
          return { kind: 'options', values: { ...values, [choice.name]: bare } };
        return badValue(definition, choice, bare);
      }
      // A number out of range is the number option's (`/articles 0`), never words for another.
      if (integer && value === undefined && /^-?\d+$/.test(words))
        return badValue(definition, integer, words);
      if (!integer || value === undefined) {
        // Words where a number was looked for may be meant for an option named first: `/articles music`.
        const named = definition.options.find((option) => option.namedOnly && !(option.name in values));
        return usageError(definition, 'bad-value', {
          ...(integer ? { option: integer.name } : {}),
          ...(named ? { suggestion: `${named.name}:${words}` } : {}),
        });
      }
      values[integer.name] = value;
    }
  }
  const unfilled = [...empty].find((option) => String(values[option.name] ?? '').trim().length === 0);
  if (unfilled) return emptyValue(definition, unfilled);
  const missing = definition.options.find((option) => option.required && !(option.name in values));
  if (missing) return usageError(definition, 'missing-option', { option: missing.name });
  // Said only when the main option's words begin with them: none of it was named before, no choice was taken
  // out.
  const main = mainOption(definition, values);
  const leads =
    continued !== undefined &&
    main !== undefined &&
    main.name === mainBefore?.name &&
    !mainNamed &&
    String(values[main.name] ?? '').startsWith(firstWords(free, continued.next + continued.before));
  return { kind: 'options', values, ...(leads ? { continued } : {}) };
}

/** `text` without its bare words that are a choice of an option not yet set, which they set: `/summary short`. */
function withoutChoiceWords(
  definition: CommandDefinition,
  values: Record<string, string | number | boolean>,
  text: string,
): string {
  return text
    .split(/\s+/)
    .filter((word) => {
      const option = definition.options.find(
        (candidate) =>
          !(candidate.name in values) &&
          candidate.choices?.some((choice) => choice.value === word.toLowerCase()),
      );
      if (option) values[option.name] = word.toLowerCase();
      return word.length > 0 && option === undefined;
    })
    .join(' ');
}

/**
 * Adds to each unquoted value in `typed` (marked where it stood; `bare` names their options) the words after it,
 * up to the next option, but a choice word (`topic:oil prices short`); returns the words typed before any.
 */
function ownWordsPlaced(
  definition: CommandDefinition,
  values: Record<string, string | number | boolean>,
  typed: string,
  bare: readonly string[],
): string {
  const [before = '', ...after] = typed.split(VALUE_STOOD);
  after.forEach((segment, i) => {
    const name = bare[i];
    const words = withoutChoiceWords(definition, values, segment);
    if (name !== undefined && words.length > 0)
      values[name] = `${String(values[name] ?? '')} ${words}`.trim();
  });
  return before;
}

/** Whether `words` are a value of `form` (a time: `9am`, `21:30`, `9:30 pm`). */
function isOfForm(form: NonNullable<CommandOption['form']>, words: string): boolean {
  switch (form) {
    case 'time':
      return parseLocalTime(words) !== undefined;
  }
}

/**
 * The words of `form` that end the text after each unquoted value (marked in `typed`), taken out: the value
 * keeps the words before them (`timezone:new york 9am`: "new york", and "9am" is the time's). Undefined when
 * there is no form: the words after a value may then be free words (`/quote taxes article:state of the union`).
 */
function formWordsApart(
  typed: string,
  form: CommandOption['form'],
): { typed: string; words: string[] } | undefined {
  if (form === undefined) return undefined;
  const [before = '', ...after] = typed.split(VALUE_STOOD);
  const words: string[] = [];
  const kept = after.map((segment) => {
    const own = segment.trim().split(/\s+/).filter(Boolean);
    // A form's value is a word or two ("9:30 pm").
    const count = [2, 1].find((n) => n <= own.length && isOfForm(form, own.slice(-n).join(' '))) ?? 0;
    words.push(...own.slice(own.length - count));
    return ` ${own.slice(0, own.length - count).join(' ')} `;
  });
  return { typed: [before, ...kept].join(VALUE_STOOD), words };
}

/** The first `count` words of `text`, one space apart. */
function firstWords(text: string, count: number): string {
  return text.trim().split(/\s+/).slice(0, count).join(' ');
}

/**
 * Reads a whole command line after the command's name: for a command with sub-commands (`/daily set …`)
 * the first word names the sub-command and the rest are its options.
 */
export function parseCommandInput(
  definition: CommandDefinition,
  text: string,
):
  | { kind: 'input'; subcommand: string | undefined; values: OptionValues; continued?: ContinuedValue }
  | UsageError {
  const subcommands = definition.subcommands ?? [];
  if (subcommands.length === 0) {
    const parsed = parseCommandText(definition, text);
    return parsed.kind === 'options' ? { ...parsed, kind: 'input', subcommand: undefined } : parsed;
  }
  const trimmed = text.trim();
  const first = /^\S*/.exec(trimmed)![0];
  const sub = subcommands.find((candidate) => candidate.name === first.toLowerCase());
  if (!sub) return usageError(definition, 'unknown-subcommand', { choices: subcommands.map((s) => s.usage) });
  const parsed = parseCommandText(sub, trimmed.slice(first.length));
  return parsed.kind === 'options' ? { kind: 'input', subcommand: sub.name, values: parsed.values } : parsed;
}
