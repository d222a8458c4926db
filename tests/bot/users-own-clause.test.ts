import { describe, expect, it } from 'vitest';
import { Bot, Library, parseIntent } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';

describe('a clause that says what the user will do with the quote', () => {
  it.each([
    // a relative clause with the user as its subject, with or without "that"
    [
      'could you quote me something about trees and heat that I could read out to start the discussion?',
      'trees and heat',
    ],
    ['quote something about trees and heat which we can use', 'trees and heat'],
    ['quote something about trees and heat I could read out', 'trees and heat'],
    ["quote something about canals that I'd like to share", 'canals'],
    // a purpose clause: "so (that) I can …", "for our meeting", "for me to read", "to share with …"
    ['quote something about trees and heat so I can share it with the club', 'trees and heat'],
    ['quote something about trees and heat so that we can talk about it', 'trees and heat'],
    ['could you quote me something about trees and heat for our meeting?', 'trees and heat'],
    ['quote something about bees for me to read at the meeting', 'bees'],
    ['quote something about bees to share with my friends', 'bees'],
    ['quote something about bees to read to my class', 'bees'],
    ['quote something about bees in order to open the meeting', 'bees'],
    // without "about"
    ['quote trees and heat that I could read out', 'trees and heat'],
    ['quote bees for our newsletter', 'bees'],
  ])('given %j, then the topic is what comes before the clause', (message, query) => {
    expect(parseIntent(message)).toMatchObject({ kind: 'quote', query });
  });

  it.each([
    // "I"/"we" after a question word, or with nothing after it, is part of what to find
    ['quote something about trees and how we can plant them', 'trees and how we can plant'],
    ['quote something about world war I veterans', 'world war I veterans'],
    ['quote something about the road to freedom', 'road to freedom'],
    ['quote something about the books I read', 'books I read'],
    // "we" and "us" of the texts: a nation's, the United States
    [
      'quote something about the cargo ships so we do not depend on foreign ones',
      'cargo ships so we do not depend on foreign ones',
    ],
    [
      'quote something about the country that paid back its debt to the us',
      'country that paid back its debt to the us',
    ],
    [
      'quote something about biden wanting to rip out the toxic plumbing',
      'biden wanting to rip out the toxic plumbing',
    ],
  ])('given %j, then the words stay the topic', (message, query) => {
    expect(parseIntent(message)).toMatchObject({ kind: 'quote', query });
  });

  it("given a summary asked of a topic for the user's class, then the summary is of the topic", () => {
    expect(parseIntent('summarize the part about honey for my class')).toMatchObject({
      kind: 'summary',
      topic: 'honey',
    });
  });

  it('given a long chatty message ending in such a clause, then the quote is found', () => {
    const article = smallArticle('street-trees', 'Street Trees', [
      'Street trees cool the pavement in summer heat.',
      'The council planted forty trees last year.',
    ]);
    const bot = new Bot(Library.create([article]));
    const message =
      "I've been thinking a lot lately about our club's reading list and whether we should read more science, " +
      'because several of us find fiction hard to discuss after long days, and honestly the last meeting ran ' +
      'late, so could you quote me something about trees and heat that I could read out to start next ' +
      "month's discussion?";
    const reply = bot.handle(bot.read(message));
    expect(reply).toMatchObject({ kind: 'quote' });
    if (reply.kind === 'quote') expect(reply.hit.passage.text).toMatch(/summer heat/);
  });
});
