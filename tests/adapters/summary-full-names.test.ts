import { describe, expect, it } from 'vitest';
import { renderReply as renderForDiscord } from '../../adapters/discord/render-reply.js';
import { renderReply as renderForSlack } from '../../adapters/slack/render-reply.js';
import { renderForTerminal } from '../../adapters/terminal/render.js';
import { summaryJson } from '../../adapters/cli/summary-command.js';
import { renderLibrarySummary } from '../../adapters/terminal/render-library-summary.js';
import {
  DEFAULT_SUMMARY_OPTIONS,
  Library,
  summarize,
  summarizeLibrary,
  type BotReply,
} from '../../src/index.js';
import { fixtureArticle } from '../summary/fixtures.js';
import { DEFAULT_NAMES } from './slack/fixtures.js';

const article = fixtureArticle('high-street', [
  'Helen Okoro, who chairs the planning committee, unveiled a plan on Monday to close the high street to cars.',
  'Okoro said the plan would double the space for market stalls by next summer.',
]);
const summary = summarize(article, { topic: 'market stalls' });
const reply: BotReply = { kind: 'summary', summary };
const SHOWN = '[Helen] Okoro said the plan would double the space for market stalls by next summer.';

describe('a summary sentence that names a person by surname alone, on every platform', () => {
  it('given the reply, then Discord, Slack and the console show the given name in brackets', () => {
    expect(renderForDiscord(reply, false).embeds[0]?.description).toContain('Okoro said the plan');
    expect(renderForDiscord(reply, false).embeds[0]?.description).toMatch(/\\?\[Helen\\?\] Okoro said/);
    expect(JSON.stringify(renderForSlack(reply, DEFAULT_NAMES, 'public').blocks)).toContain(SHOWN);
    expect(renderForTerminal(reply, { color: false })).toContain(`• ${SHOWN}`);
  });

  it('given the JSON, then the text stays the article’s own and the addition is given apart', () => {
    expect(summaryJson(summary).sentences).toEqual([
      {
        id: 'high-street#1',
        text: 'Okoro said the plan would double the space for market stalls by next summer.',
        names: [{ at: 0, given: 'Helen' }],
      },
    ]);
  });

  it('given a topic across the library, then the console shows the given name in brackets too', () => {
    const other = fixtureArticle('weather', ['Rain is forecast for the weekend across the north.']);
    const across = summarizeLibrary(
      Library.create([article, other]),
      { topic: 'market stalls' },
      DEFAULT_SUMMARY_OPTIONS,
    );
    expect(renderLibrarySummary(across, { color: false })).toContain(`• ${SHOWN}`);
  });
});
