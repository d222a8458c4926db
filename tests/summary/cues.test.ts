import { describe, expect, it } from 'vitest';
import { cuesOf, leaningCues } from '../../src/summary/cues.js';

describe('discourse cues of a sentence', () => {
  it.each([
    [
      'In the coming months, he is therefore likely to continue his efforts.',
      { conclusion: true, dependent: true },
    ],
    ['That is, if the current situation is perceived as relatively permissive.', { dependent: true }],
    ['On the other hand, if Kim perceives his position to be vulnerable, he may act.', { dependent: true }],
    ['For instance, the council met in December.', { example: true, dependent: true }],
    [
      'In any case, given that North Korea continues to view its weapons as essential, Washington must choose.',
      { conclusion: true, dependent: false },
    ],
    [
      'While Pyongyang has thus far restrained from tests, it has ramped up other testing.',
      { conclusion: false, dependent: false },
    ],
    [
      'Following the rapprochement in 2018, relations have cooled again.',
      { conclusion: false, example: false, dependent: false },
    ],
    ['His aim was to develop the techniques of our own country.', { dependent: true }],
    // Leaning further in: "also", a comparison with nothing named, "ever since", a quotation alone.
    ['A letter also asks something of its reader.', { dependent: true }],
    ['Shop owners on Mill Road were less pleased.', { dependent: true }],
    ['Shop owners were less pleased than the drivers.', { dependent: false }],
    ['I have been breaking that rule ever since.', { dependent: true }],
    // A count of things named before ("six of these"), not of things it names ("six of these cakes").
    [
      'Every summer my grandmother baked six of these for the cake stall at the church fete.',
      { dependent: true },
    ],
    ['Every summer my grandmother baked six of these cakes for the stall.', { dependent: false }],
    // Read within the first twelve words of the opening, as far as `cuesOf` reads its words.
    ['On the long mornings every summer my grandmother baked six of these.', { dependent: true }],
    ['On the long hot mornings every summer my grandmother baked six of these.', { dependent: false }],
    ['The council hired twenty teachers and said most of them would start in May.', { dependent: false }],
    // A German connective that points back ("since then").
    ['Seitdem haben mehr als 900 Schülerinnen und Schüler die andere Stadt besucht.', { dependent: true }],
    ['Die Partnerschaft begann im Jahr 2005 mit einem Schüleraustausch.', { dependent: false }],
    // A French subject pronoun or connective that points back; the impersonal "il" and "alors que" do not.
    ['Elle prévoit aussi d’ouvrir le bassin le dimanche soir.', { dependent: true }],
    ['Cependant, les riverains se plaignent du bruit.', { dependent: true }],
    ['Il y a trois bassins et un plongeoir.', { dependent: false }],
    ['Il faut réserver un créneau la veille.', { dependent: false }],
    ['Il est possible de nager le dimanche.', { dependent: false }],
    ['Alors que la ville grandit, la piscine reste trop petite.', { dependent: false }],
    ['La mairie a promis des créneaux gratuits pour les écoles.', { dependent: false }],
    // A pronoun in a subordinate clause after a short main one points into the sentence.
    ['The ferry was late, as it always was in winter, and the queue reached the pier.', { dependent: false }],
    ['The ferry was late, and it missed the train.', { dependent: true }],
    // An "it" that stands for what the sentence says after it, not for anything before it.
    ['It is for us, the members, to decide where the club goes next.', { dependent: false }],
    ['It is clear that the plan has failed.', { dependent: false }],
    ['It is altogether fitting and proper that we should meet here.', { dependent: false }],
    ['It is better than most country honey.', { dependent: true }],
    ['It is expected to report a loss in May.', { dependent: true }],
    ['"The buildings were designed for a climate we no longer have."', { dependent: true }],
    ['"We cannot ask children to learn in an oven," said Dr. Lena Fischer.', { dependent: false }],
    // A long quotation credited only to "she said": its speaker is named before it.
    [
      '"I saw the combination about ten moves before, but I had to check it three times because I was shaking," she said afterwards.',
      { dependent: true },
    ],
    [
      '"I saw the combination about ten moves before, but I had to check it three times," said he.',
      { dependent: true },
    ],
    [
      '"I saw the combination about ten moves before, but I had to check it three times," said Maya Lin.',
      { dependent: false },
    ],
    ['The same is true of letters: slowness turns recording into thinking.', { dependent: true }],
    ["They're making serious investments in clean energy because they want those jobs.", { dependent: true }],
    ['In 1956, its first screenplay was sold for $600.', { dependent: true }],
    [
      "The classic film It's A Wonderful Life is to be turned into a musical.",
      { conclusion: false, dependent: false },
    ],
    ['The third is freedom from want, everywhere in the world.', { dependent: true }],
    ['The latter was never built.', { dependent: true }],
    // A reply to a question asked before it, and a quotation's close that it did not open.
    ['Yes, but I would take the earlier train next time.', { dependent: true, opensLeaning: true }],
    ['No. The harbour was never dredged.', { dependent: true, opensLeaning: true }],
    ['No one expected the harbour to reopen.', { dependent: false }],
    // A bare yes or no after a word or three set apart by a comma answers the question before it too.
    ['Frankly, no.', { dependent: true, opensLeaning: true }],
    ['To be fair, yes, the ferry was late twice.', { dependent: true, opensLeaning: true }],
    ['Sadly, no one came to the meeting.', { dependent: false }],
    ['We will not sail until the engineers are satisfied.”', { dependent: true }],
    ['I think the children would like to see it too."', { dependent: true }],
    ['Ruth Ames said: "We will not sail until the engineers are satisfied."', { dependent: false }],
    ['The ferry is our only road,” said Tom Hale.', { dependent: false }],
    ['The third quarter was the strongest in the company’s history.', { dependent: false }],
    ['Third, the underlying causes of labor management disputes.', { dependent: true }],
    ['Point number two is the extension of facilities for bargaining.', { dependent: true }],
    ['Secondly, the price of land has doubled.', { dependent: true }],
    ['First of all, the harbour must be dredged.', { dependent: false }],
    ['At first, nobody came to the market.', { dependent: false }],
    [
      'Combined with the new port, the rail link, and other works, this will cut the journey by an hour.',
      { dependent: true },
    ],
    ['Built with the same money, that will last longer.', { dependent: true }],
    [
      'Combined with the new port, the rail link will cut the journey by an hour, and this matters.',
      { dependent: false },
    ],
    ['Seeing, then, that the harbour was silting up, the council dredged the channel.', { dependent: false }],
    ['By that process freedom will step by step disappear.', { dependent: true, opensLeaning: true }],
    ['For that reason, the plan was dropped.', { dependent: true, opensLeaning: true }],
    ['That is why we must act now.', { dependent: true, opensLeaning: true }],
    ['This was the last of the talks.', { dependent: true, opensLeaning: true }],
    ['These are the times that try our patience.', { dependent: true }],
    ['By 2010 the company had doubled its sales.', { dependent: false }],
    // "So …" goes on from what was said; "so far", "so many" read alone.
    ['So we must respond by helping more families.', { dependent: true, opensLeaning: true }],
    ['So let us begin.', { dependent: true, opensLeaning: true }],
    ['So far the harbour has cost less than planned.', { dependent: false, opensLeaning: false }],
    ['So many families moved inland that the school closed.', { dependent: false, opensLeaning: false }],
    ['Social housing comes first.', { dependent: false, opensLeaning: false }],
    ['Given that prices rose, the bank acted.', { dependent: false }],
    [
      'Therefore, the immediate need is a swift increase in our production.',
      { conclusion: true, dependent: true, opensLeaning: true },
    ],
    ['Consequently, the plan was dropped.', { dependent: true, opensLeaning: true }],
    ['Thus far the talks have failed.', { dependent: false }],
    ['Because of this, the board offered a new pay deal.', { dependent: true, opensLeaning: true }],
    ['For this reason, the plan was dropped.', { dependent: true, opensLeaning: true }],
    ['On top of that, sales fell.', { dependent: true, opensLeaning: true }],
    ['The people of that island voted to stay.', { dependent: true, opensLeaning: true }],
    ['Even so, shares fell.', { dependent: true, opensLeaning: true }],
    ['Since then, prices have doubled.', { dependent: true, opensLeaning: true }],
    ['In doing so, the bank raised rates.', { dependent: true, opensLeaning: true }],
    ['Which is why the firm left the city.', { dependent: true, opensLeaning: true }],
    [
      'As a result, prices at the pump rose sharply.',
      { dependent: true, opensLeaning: true, consequence: true },
    ],
    ['In turn, the council asked both sides to settle.', { dependent: true, consequence: true }],
    ['In response, the union called a strike.', { dependent: true, consequence: true }],
    ['As a result of the strike, prices rose sharply.', { dependent: false, consequence: false }],
    ['In response to the offer, the union called off the strike.', { dependent: false }],
    ['For those who rent, the new law caps rises.', { opensLeaning: false }],
    ['During this period the firm grew fast.', { opensLeaning: false }],
    ['In order that workers are paid, the board borrowed money.', { dependent: false }],
  ] as const)('given %j then its cues are %j', (text, expected) => {
    expect(cuesOf(text)).toMatchObject(expected);
  });
});

describe('leaningCues', () => {
  it('given a sentence’s cues, then gives them as leaning, with the keys in the order cuesOf writes them', () => {
    const cues = cuesOf('Therefore we must act on the quay this year.');
    const leaning = leaningCues(cues);
    expect(leaning).toStrictEqual({ ...cues, dependent: true });
    expect(Object.keys(leaning)).toStrictEqual(Object.keys(cues));
  });
});
