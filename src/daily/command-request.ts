import type { OptionValues } from '../commands/definition.js';
import type { DailyCaller, DailyRequest } from './requests.js';

/** A daily request before the permissions port has said whether the caller may manage schedules. */
export type DailyAsk = DailyRequest extends infer R
  ? R extends DailyRequest
    ? Omit<R, 'canManage'> & { readonly canManage?: boolean }
    : never
  : never;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim().length > 0 ? value.trim() : undefined;

/**
 * The channel id in a `channel` option: a Discord id, a Discord mention `<#123>`, a Slack mention
 * `<#C123|general>` or a bare Slack id.
 */
export function channelIdFromOption(value: string): string | undefined {
  const mention = /^<#([A-Z0-9]+)(?:\|[^>]*)?>$/i.exec(value.trim());
  if (mention) return mention[1]!;
  return /^[A-Z0-9]{6,25}$/i.test(value.trim()) ? value.trim() : undefined;
}

/**
 * Maps `/daily <subcommand>` and its option values to a request. `caller.channelId` is where the
 * command was typed; a `channel` option overrides it. Undefined for an unknown subcommand or a
 * `channel` value that names no channel.
 */
export function dailyRequestFromCommand(
  subcommand: string,
  values: OptionValues,
  caller: Omit<DailyCaller, 'canManage'> & { readonly canManage?: boolean },
): DailyAsk | undefined {
  const channelOption = text(values['channel']);
  const channelId = channelOption === undefined ? caller.channelId : channelIdFromOption(channelOption);
  if (channelId === undefined) return undefined;
  const where = { ...caller, channelId };
  switch (subcommand) {
    case 'set':
      return {
        ...where,
        kind: 'daily-set',
        time: text(values['time']) ?? '',
        timezone: text(values['timezone']) ?? '',
        days: text(values['days']),
        article: text(values['article']),
        card: values['card'] === true,
      };
    case 'stop':
      return { ...where, kind: 'daily-stop' };
    case 'status':
      return { ...where, kind: 'daily-status' };
    case 'now':
      return { ...where, kind: 'daily-now' };
    default:
      return undefined;
  }
}
