/** Daily quote posts: schedules, timezones, rotation and the exactly-once posting protocol. */
export * from './schedule.js';
export { parseDays, formatDays } from './days.js';
export { parseLocalTime } from './local-time.js';
export {
  resolveTimezone,
  resolveTypedTimezone,
  suggestTimezones,
  suggestTypedTimezones,
  knownTimezones,
  type TimezoneResolution,
} from './timezone.js';
export { loadTimezonePlaces, type TimezonePlace } from './timezone-places.js';
export * from './zoned-time.js';
export { slotOn, dueSlot, nextPost, localDateOf, type DailySlot, type NextPost } from './due.js';
export { dailyPool, postablePassages, wordCount } from './eligible.js';
export {
  nextPassage,
  rotationOrder,
  rotationProgress,
  type RotationPick,
  type UsedPassage,
} from './rotation.js';
export { dailyNonce, MAX_NONCE_LENGTH } from './nonce.js';
export * from './ports.js';
export * from './store.js';
export { InMemoryDailyStore } from './memory-store.js';
export { DEFAULT_DAILY_OPTIONS, type DailyOptions } from './options.js';
export * from './outcome.js';
export { DailyService, type DailyServicePorts } from './service.js';
export { DailyCommands, type DailyCommandsDeps, type DailyCommandsPort } from './commands.js';
export { dailyRequestFromCommand, channelIdFromOption, type DailyAsk } from './command-request.js';
export * from './requests.js';
export { slackMayManageDaily, type SlackDailyUser } from './permissions.js';
