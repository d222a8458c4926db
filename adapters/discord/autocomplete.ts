import type { ApplicationCommandOptionChoiceData, AutocompleteInteraction } from 'discord.js';
import { SearchStatus, suggestTypedTimezones, type Bot, type CommandOption } from '../../src/index.js';
import type { DiscordContext } from './context.js';
import { DISCORD_LIMITS, truncate } from './limits.js';
import { encodePick, type QuotePick } from './query-pick.js';
import type { StateStore } from './state-store.js';

type Choice = ApplicationCommandOptionChoiceData<string>;

const choiceName = (text: string): string =>
  truncate(text.replace(/\s+/g, ' ').trim(), DISCORD_LIMITS.choiceName) || '…';

/** Up to 25 choices with distinct names (Discord shows the name, sends the value). */
function distinct(choices: readonly Choice[]): Choice[] {
  const seen = new Set<string>();
  return choices
    .filter((choice) => !seen.has(choice.name) && seen.add(choice.name))
    .slice(0, DISCORD_LIMITS.choices);
}

/**
 * Suggestions for `/quote`'s query: the sentences that answer the words typed so far, best first, or the
 * library's did-you-mean queries when none does. Picking sentence n asks for hit n of the typed words.
 */
export function querySuggestions(
  bot: Bot,
  typed: string,
  article: string | undefined,
  picks: StateStore<QuotePick>,
): Choice[] {
  const query = typed.trim();
  if (query.length === 0) return [];
  const slug = article === undefined ? undefined : bot.resolveArticle(article);
  const result = bot.library.search({ query, slug, limit: DISCORD_LIMITS.choices });
  if (result.status === SearchStatus.Ok) {
    return distinct(
      result.hits.map((hit, at) => ({
        name: choiceName(hit.passage.text),
        value: encodePick({ query, hit: at }, picks),
      })),
    );
  }
  if (result.status === SearchStatus.NoMatch) {
    return distinct(
      result.suggestions.map((suggestion) => ({
        name: choiceName(`Did you mean “${suggestion}”?`),
        value: encodePick({ query: suggestion, hit: 0 }, picks),
      })),
    );
  }
  return [];
}

/** Articles for what was typed, ranked by the core (`Library.findArticles`). */
export function articleSuggestions(bot: Bot, typed: string): Choice[] {
  return distinct(
    bot.library
      .findArticles(typed, DISCORD_LIMITS.choices)
      .filter((article) => article.slug.length <= DISCORD_LIMITS.choiceValue)
      .map((article) => ({
        name: choiceName(`${article.meta.title} — ${article.meta.author}, ${article.meta.date}`),
        value: article.slug,
      })),
  );
}

/** IANA time zones for what was typed ("paris", "new york", "mumbai", "CET"), ranked by the core. */
export async function timeZoneSuggestions(typed: string): Promise<Choice[]> {
  const zones = await suggestTypedTimezones(typed, DISCORD_LIMITS.choices);
  return distinct(zones.map((zone) => ({ name: zone, value: zone })));
}

function optionOf(interaction: AutocompleteInteraction, bot: Bot, name: string): CommandOption | undefined {
  const command = bot.commands.find((candidate) => candidate.name === interaction.commandName);
  const subcommand = interaction.options.getSubcommand(false);
  const definition = subcommand
    ? command?.subcommands?.find((candidate) => candidate.name === subcommand)
    : command;
  return definition?.options.find((option) => option.name === name);
}

/** Answers an autocomplete request from the option's suggestion source in the command definitions. */
export async function answerAutocomplete(
  interaction: AutocompleteInteraction,
  context: DiscordContext,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const typed = String(focused.value);
  const source = optionOf(interaction, context.bot, focused.name)?.autocomplete;
  let choices: Choice[] = [];
  if (source === 'query') {
    const article = interaction.options.getString('article') ?? undefined;
    choices = querySuggestions(context.bot, typed, article || undefined, context.picks);
  } else if (source === 'article') choices = articleSuggestions(context.bot, typed);
  else if (source === 'timezone') choices = await timeZoneSuggestions(typed);
  await interaction.respond(choices);
}
