import { describe, expect, it } from 'vitest';
import {
  Bot,
  createCooldownGate,
  handleRequest,
  Library,
  MemoryCooldownStore,
  type CommandPorts,
  type CommandRequest,
} from '../../src/index.js';
import { seedArticle } from '../helpers/content.js';

/** A clock the test moves by hand. */
function manualClock(start = Date.UTC(2026, 0, 1)) {
  let now = start;
  return { now: () => new Date(now), advance: (ms: number) => void (now += ms) };
}

const quote: CommandRequest = { kind: 'quote', query: 'election', article: undefined };
const summary: CommandRequest = { kind: 'summary', length: undefined, topic: undefined, article: undefined };

describe('cooldowns in the core', () => {
  it('given the defaults then a second /quote within 3 s waits and after 3 s runs', async () => {
    const clock = manualClock();
    const gate = createCooldownGate(new MemoryCooldownStore(), clock);
    expect(await gate.check('discord:1', quote)).toBeUndefined();
    clock.advance(1_200);
    expect(await gate.check('discord:1', quote)).toEqual({
      kind: 'cooldown',
      command: 'quote',
      retryAfterSeconds: 2,
    });
    clock.advance(1_800);
    expect(await gate.check('discord:1', quote)).toBeUndefined();
  });

  it('given the defaults then /summary waits 10 s, apart from /quote and from other users', async () => {
    const clock = manualClock();
    const gate = createCooldownGate(new MemoryCooldownStore(), clock);
    expect(await gate.check('u1', summary)).toBeUndefined();
    expect(await gate.check('u1', quote)).toBeUndefined();
    expect(await gate.check('u2', summary)).toBeUndefined();
    clock.advance(100);
    expect(await gate.check('u1', summary)).toMatchObject({ command: 'summary', retryAfterSeconds: 10 });
  });

  it('given 0 seconds for a command then that command is never held', async () => {
    const gate = createCooldownGate(new MemoryCooldownStore(), manualClock(), { quote: 0, summary: 10 });
    for (let i = 0; i < 5; i++) expect(await gate.check('u1', quote)).toBeUndefined();
  });

  it('given help, articles, reload and daily then none is held', async () => {
    const gate = createCooldownGate(new MemoryCooldownStore(), manualClock(), { quote: 60, summary: 60 });
    const others: CommandRequest[] = [
      { kind: 'help' },
      { kind: 'articles', page: undefined },
      { kind: 'articles-reload' },
    ];
    for (const request of [...others, ...others]) expect(await gate.check('u1', request)).toBeUndefined();
  });

  it('given a user within the cooldown then handleRequest answers the wait and does not ask the bot', async () => {
    const asked: string[] = [];
    class CountingBot extends Bot {
      override handle(request: Parameters<Bot['handle']>[0]): ReturnType<Bot['handle']> {
        asked.push(request.kind);
        return super.handle(request);
      }
    }
    const clock = manualClock();
    const ports: CommandPorts = {
      bot: new CountingBot(Library.create([seedArticle()])),
      mayManage: () => Promise.resolve(false),
      cooldown: { gate: createCooldownGate(new MemoryCooldownStore(), clock), user: 'slack:T1:U1' },
    };
    expect((await handleRequest(quote, ports)).kind).toBe('bot');
    expect(await handleRequest(quote, ports)).toEqual({
      kind: 'cooldown',
      command: 'quote',
      retryAfterSeconds: 3,
    });
    expect(asked).toEqual(['quote']);
    // `admitted`: the surface asked `cooldownOf` itself already.
    expect((await handleRequest(quote, ports, true)).kind).toBe('bot');
    // Without a cooldown port (the console, button clicks) nothing is held.
    const { cooldown: _unused, ...free } = ports;
    expect((await handleRequest(quote, free)).kind).toBe('bot');
  });
});
