import { describe, expect, it } from 'vitest';
import { decodeQuoteState, encodeQuoteState } from '../../../adapters/slack/button-state.js';
import type { QuoteRequest } from '../../../src/index.js';

describe("Slack button values of an article's opening, asked for by its title", () => {
  it('given a request for the opening, then its value reads back as the opening', () => {
    const request: QuoteRequest = {
      kind: 'quote',
      query: '',
      article: 'the-gettysburg-address',
      position: 0,
      withContext: true,
      opening: true,
    };
    const value = encodeQuoteState({ request, private: false });
    expect(decodeQuoteState(value)?.request).toEqual(request);
  });
});
