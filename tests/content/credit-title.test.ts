import { describe, expect, it } from 'vitest';
import { passageSpeaker } from '../../src/content/passage-speaker.js';
import type { Article } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

/** Whom a quote of the article's sentence that says `words` is credited to (`passageSpeaker`). */
function creditOf(paragraphs: readonly string[], words: string): string | undefined {
  const article: Article = smallArticle('bridge-row', 'Bridge row', paragraphs, 'Tess Ward');
  const passage = article.sentences.find((each) => each.text.includes(words));
  if (passage === undefined) throw new Error(`no sentence says ${words}`);
  return passageSpeaker(article, passage, wordnetLexicon())?.name;
}

describe('the credit of a quotation keeps the title the article gives the person before the name', () => {
  it.each([
    [['"The bridge is safe," said Councillor Tom Blake.'], 'Councillor Tom Blake'],
    [['"The result is weak," Professor Ian Holt said.'], 'Professor Ian Holt'],
    [['The case went to appeal. "It should never have come here," said Judge Mary Lowe.'], 'Judge Mary Lowe'],
    [['"We will find him," Inspector Ravi Shah told reporters.'], 'Inspector Ravi Shah'],
    [['"We must vote on it," Senator Ann Cole said on Tuesday.'], 'Senator Ann Cole'],
  ])('given %j, then the credit is %j', (paragraphs, name) =>
    expect(creditOf(paragraphs, ',')).toBe(name),
  );

  it('given the title at a sentence\'s start, and before the surname where a sentence does not capitalise it, then the credit keeps it', () =>
    expect(
      creditOf(
        ['Councillor Tom Blake said: "The bridge is safe."', 'The repairs are paid for, Councillor Blake added.'],
        'bridge is safe',
      ),
    ).toBe('Councillor Tom Blake'));

  it.each([
    [['Mayor Ann Cole said: "The bridge is safe."'], 'Mayor Ann Cole'],
    [['President Jo Lee said: "The bridge is safe."'], 'President Jo Lee'],
    [['Councillor Tom Blake said: "The bridge is safe."', 'The councillor voted for the repairs.'], 'Councillor Tom Blake'],
  ])(
    'given %j, the title at a sentence\'s start only, one the dictionary files under an office or the article writes in lower case elsewhere, then the credit is %j',
    (paragraphs, name) => expect(creditOf(paragraphs, 'bridge is safe')).toBe(name),
  );

  it.each([
    [['"The bridge is safe," said Dr Helen Okoro.'], 'Dr Helen Okoro'],
    [['"Bloom recognizes the darker aspects," Prince Frederik said.'], 'Prince Frederik'],
  ])('given %j, a name with its title already, then the credit is %j, the title once', (paragraphs, name) =>
    expect(creditOf(paragraphs, ',')).toBe(name),
  );

  it.each([
    [['"We welded it in a day," said the welder Darren Hughes.'], 'Darren Hughes'],
    [['Welder Darren Hughes said: "We welded it in a day."'], 'Darren Hughes'],
    [['Novelist Andrea Levy said: "We welded it in a day."'], 'Andrea Levy'],
    [['"There is a need to fund it," said Communications Minister Dayanidhi Maran.'], 'Dayanidhi Maran'],
    [['"Fares will rise," said BA\'s Chief Rod Eddington.'], 'Rod Eddington'],
  ])(
    'given %j, a description (lower case, at a sentence\'s start, or the end of a longer one), then the credit is %j',
    (paragraphs, name) => expect(creditOf(paragraphs, 'said')).toBe(name),
  );
});
