import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuoteAction, decodeQuoteState } from '../../../adapters/slack/button-state.js';
import { buttonsOf, injectorFor, startOnFake, textOf, type Running } from './harness.js';

/** Markup that would notify someone or link somewhere, other than an article's own link. */
const NOTIFYING = /<[!@#]/;

describe.each(['socket', 'http'] as const)(
  'Slack slash commands and buttons, %s mode (real Bolt, fake Slack)',
  (mode) => {
    let run: Running;
    let inject: ReturnType<typeof injectorFor>;

    beforeAll(async () => {
      run = await startOnFake(mode);
      inject = injectorFor(run, mode);
    });
    afterAll(async () => {
      await run?.stop();
    });

    it('given /quote election then the ack itself carries the quote for the channel, bold words and attribution, in time', async () => {
      const answer = await inject.command('/quote', 'election');
      expect(answer.late).toBe(false);
      expect(answer.body?.['response_type']).toBe('in_channel');
      const text = textOf(answer.body?.['blocks']);
      expect(text).toContain('*election*');
      expect(text).toMatch(/— .+, .+, \d{4}-\d{2}-\d{2}/);
      expect(text).not.toMatch(NOTIFYING);
      expect(answer.body).not.toHaveProperty('link_names');
      const buttons = buttonsOf(answer.body?.['blocks']);
      expect([...buttons.keys()]).toEqual([QuoteAction.Next, QuoteAction.Context, QuoteAction.Card]);
    });

    it('given /quote with markup in the query then the reply repeats it inert and notifies nobody', async () => {
      const answer = await inject.command('/quote', '<!channel> <@U123> zzzqqq');
      expect(answer.body?.['response_type']).toBe('ephemeral');
      const text = textOf(answer.body?.['blocks']);
      expect(text).toContain('&lt;!channel&gt; &lt;@U123&gt;');
      expect(text).not.toMatch(NOTIFYING);
      expect(answer.body?.['text']).not.toMatch(NOTIFYING);
    });

    it('given /quote private:true then it is ephemeral, and Next match replaces it with the second match', async () => {
      const answer = await inject.command('/quote', 'election private:true');
      expect(answer.body?.['response_type']).toBe('ephemeral');
      const buttons = buttonsOf(answer.body?.['blocks']);
      expect([...buttons.keys()]).toEqual([
        QuoteAction.Next,
        QuoteAction.Context,
        QuoteAction.Card,
        QuoteAction.Share,
      ]);
      expect(textOf(answer.body?.['blocks'])).toContain('match 1 of');

      const click = await inject.click(QuoteAction.Next, buttons.get(QuoteAction.Next)!.value, true);
      expect(click.late).toBe(false);
      const post = await run.slack.waitForResponse(click.responseUrl);
      expect(post.body.replace_original).toBe(true);
      expect(post.body.response_type).toBe('ephemeral');
      expect(textOf(post.body.blocks)).toContain('match 2 of');
      expect(
        decodeQuoteState(buttonsOf(post.body.blocks).get(QuoteAction.Next)!.value)?.request.position,
      ).toBe(2);
    });

    it('given Share in channel on a private quote then it is posted for the channel and the private one deleted', async () => {
      const answer = await inject.command('/quote', 'election private:true');
      const share = buttonsOf(answer.body?.['blocks']).get(QuoteAction.Share)!;
      expect(share.text).toBe('Share in channel');
      const click = await inject.click(QuoteAction.Share, share.value, true);
      const id = click.responseUrl;
      await run.slack.waitForResponse(
        (post) => click.responseUrl.endsWith(post.id) && post.body.delete_original === true,
      );
      const posts = run.slack.responses.filter((post) => id.endsWith(post.id));
      expect(posts.map((post) => post.body.response_type ?? 'delete')).toEqual(['in_channel', 'delete']);
      const shared = posts[0]!.body;
      expect(textOf(shared.blocks)).toBe(
        textOf(answer.body?.['blocks']).replace('Share in channel', '').trim(),
      );
      expect(buttonsOf(shared.blocks).has(QuoteAction.Share)).toBe(false);
    });

    it('given Context on a quote the channel sees then the clicker alone gets it with its surroundings', async () => {
      const answer = await inject.command('/quote', 'election');
      const context = buttonsOf(answer.body?.['blocks']).get(QuoteAction.Context)!;
      const click = await inject.click(QuoteAction.Context, context.value, false);
      const post = await run.slack.waitForResponse(click.responseUrl);
      expect(post.body.response_type).toBe('ephemeral');
      expect(post.body.replace_original).toBe(false);
      const blocks = post.body.blocks as { type: string }[];
      expect(blocks.filter((block) => block.type === 'context').length).toBeGreaterThanOrEqual(2);
      expect(buttonsOf(blocks).has(QuoteAction.Share)).toBe(true);
      expect(buttonsOf(blocks).has(QuoteAction.Context)).toBe(false);
    });

    it('given a button value this version did not write then the clicker is told, privately', async () => {
      const click = await inject.click(QuoteAction.Next, '{"not":"ours"}', true);
      const post = await run.slack.waitForResponse(click.responseUrl);
      expect(post.body.response_type).toBe('ephemeral');
      expect(post.body.text).toMatch(/no longer works/);
    });

    it('given /summary, /articles and /quotebot-help then each is answered in the ack', async () => {
      const summary = await inject.command('/summary', 'length:short');
      expect(summary.body?.['response_type']).toBe('in_channel');
      expect(textOf(summary.body?.['blocks'])).toMatch(/Summary of/);
      const articles = await inject.command('/articles', '');
      expect(articles.body?.['response_type']).toBe('ephemeral');
      expect(textOf(articles.body?.['blocks'])).toMatch(/\*Articles\* \(page 1 of 1, 2 in all\)/);
      const about = await inject.command('/articles', 'about:north korea');
      expect(textOf(about.body?.['blocks'])).toMatch(
        /\*Articles about “north korea”\* \(page 1 of 1, 1 in all\)/,
      );
      const help = await inject.command('/quotebot-help', '');
      expect(textOf(help.body?.['blocks'])).toContain('`/quotebot-help [command]`');
      const quoteHelp = textOf((await inject.command('/quotebot-help', 'quote')).body?.['blocks']);
      expect(quoteHelp).toContain('• `author:&lt;name&gt;`');
      expect(quoteHelp).toContain('`/quote election`');
    });

    it('given /quote with no words then the channel gets a random quote, and Another quote picks another', async () => {
      const answer = await inject.command('/quote', '');
      expect(answer.body?.['response_type']).toBe('in_channel');
      const text = textOf(answer.body?.['blocks']);
      expect(text).toContain('a random quote');
      const buttons = buttonsOf(answer.body?.['blocks']);
      expect(buttons.get(QuoteAction.Next)!.text).toBe('Another quote');
      const next = decodeQuoteState(buttons.get(QuoteAction.Next)!.value)!.request;
      // The next quote of a walk that meets every quote once before any comes again.
      expect(next).toMatchObject({ kind: 'quote', query: '', position: expect.any(Number) });

      const click = await inject.click(QuoteAction.Next, buttons.get(QuoteAction.Next)!.value, true);
      const post = await run.slack.waitForResponse(click.responseUrl);
      const again = textOf(post.body.blocks);
      expect(again).toContain('a random quote');
      expect(again.split('”')[0]).not.toBe(text.split('”')[0]);
    });

    it('given /quote author:ballbach then the quote is by that author, and its buttons keep the author', async () => {
      const random = await inject.command('/quote', 'author:ballbach private:true');
      expect(textOf(random.body?.['blocks'])).toContain('a random quote by Eric Ballbach');
      const buttons = buttonsOf(random.body?.['blocks']);
      expect(decodeQuoteState(buttons.get(QuoteAction.Next)!.value)!.request.author).toBe('ballbach');
      const click = await inject.click(QuoteAction.Next, buttons.get(QuoteAction.Next)!.value, true);
      const post = await run.slack.waitForResponse(click.responseUrl);
      expect(textOf(post.body.blocks)).toContain('a random quote by Eric Ballbach');

      const words = await inject.command('/quote', 'election author:ballbach');
      expect(textOf(words.body?.['blocks'])).toContain('*election*');
      const context = buttonsOf(words.body?.['blocks']).get(QuoteAction.Context)!;
      expect(decodeQuoteState(context.value)!.request).toMatchObject({
        query: 'election',
        author: 'ballbach',
      });
    });

    it('given /quote author: with no such author then the asker is told so privately, with look-alike names', async () => {
      const answer = await inject.command('/quote', 'election author:balbach');
      expect(answer.body?.['response_type']).toBe('ephemeral');
      expect(textOf(answer.body?.['blocks'])).toContain(
        'No article here is by “balbach”. Did you mean “Eric Ballbach”?',
      );
      const none = await inject.command('/quote', 'author:zzyzx');
      expect(textOf(none.body?.['blocks'])).toMatch(/No article here is by “zzyzx”\. `\/articles` lists/);
    });

    it('given a bad option then the asker gets the usage privately', async () => {
      const bad = await inject.command('/articles', 'page:zero');
      expect(textOf(bad.body?.['blocks'])).toMatch(/“zero” is not valid for page/);
    });
  },
);
