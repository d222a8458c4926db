import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBbcArticles } from '../../../bench/bbc-corpus.js';
import { QuoteAction } from '../../../adapters/slack/button-state.js';
import { Library } from '../../../src/index.js';
import { seedArticle } from '../../helpers/content.js';
import { buttonsOf, injectorFor, startOnFake, textOf, type Running } from './harness.js';

describe.each(['socket', 'http'] as const)(
  'Slack buttons of a quote "what else did he say?" picked, %s mode (real Bolt, fake Slack)',
  (mode) => {
    let run: Running;
    let inject: ReturnType<typeof injectorFor>;

    beforeAll(async () => {
      // The seed essay, and a BBC story that quotes a person by name.
      const bbc = loadBbcArticles().filter((article) => article.slug === 'bbc-business-004');
      run = await startOnFake(mode, {}, { library: Library.create([seedArticle(), ...bbc]) });
      inject = injectorFor(run, mode);
    });
    afterAll(async () => {
      await run?.stop();
    });

    /** Mentions the bot with these words; resolves to the answer's blocks. */
    const answerTo = async (words: string): Promise<unknown> => {
      const event = run.slack.build.appMention({ text: `<@${run.slack.botUserId}> ${words}` });
      await inject.event(event);
      const post = await run.slack.waitForCall(
        'chat.postMessage',
        (call) => call.args['thread_ts'] === event['ts'],
      );
      return post.args['blocks'];
    };

    it('given "what else did he say?" after a quote, then its Context button shows it footed as his words, as "why?" does, not as a random quote', async () => {
      await answerTo('quote results respectable third quarter');
      const more = await answerTo('what else did he say?');
      const theirs = 'more from Rod Eddington in this article';
      expect(textOf(more)).toContain(theirs);
      const click = await inject.click(
        QuoteAction.Context,
        buttonsOf(more).get(QuoteAction.Context)!.value,
        false,
      );
      const shown = textOf((await run.slack.waitForResponse(click.responseUrl)).body.blocks);
      expect(shown).toContain('Our focus remains on reducing controllable costs');
      expect(shown).toContain(theirs);
      expect(shown).not.toContain('a random quote');
      // The same quote, context and footer as typing "why?" gives (the buttons aside).
      const withoutButtons = (text: string): string => text.slice(0, text.indexOf('Another quote'));
      expect(withoutButtons(shown)).toBe(withoutButtons(textOf(await answerTo('why?'))));
    });
  },
);
