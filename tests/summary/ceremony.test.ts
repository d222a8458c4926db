import { describe, expect, it } from 'vitest';
import { loadSotuArticles } from '../../bench/sotu-corpus.js';
import { summarize } from '../../src/index.js';
import { Library } from '../../src/index.js';
import { announces, onlyGreets, tellsOfTheSpeech } from '../../src/summary/ceremony.js';
import { onlyDefers } from '../../src/summary/deferral.js';
import { fixtureArticle } from './fixtures.js';

const texts = (summary: { sentences: readonly { text: string }[] }): string[] =>
  summary.sentences.map((sentence) => sentence.text);
const requests = [
  ...(['short', 'medium', 'long'] as const).map((length) => ({ length })),
  ...[1, 2, 3].map((sentences) => ({ sentences })),
];

/** Each request's summary of each address, pasted as one paragraph of text as a user would, and where it is. */
function* pastedSummaries(names: readonly string[]): Generator<{ said: string[]; where: string }> {
  for (const address of loadSotuArticles(names)) {
    const text = address.sentences.map((sentence) => sentence.text).join(' ');
    const pasted = fixtureArticle(address.slug, [text], { title: address.meta.title });
    for (const request of requests)
      yield { said: texts(summarize(pasted, request)), where: `${address.slug} ${JSON.stringify(request)}` };
  }
}
// A run of addressees before a colon, at a sentence's start.
const SALUTATION = /^(?:Gentlemen|To the|Members of)[^:.]*:/;

describe('the ceremony of an address in a summary', () => {
  it.each([
    ['Thank you very much.', true],
    ['Thank you, and God bless you all.', true],
    ['May I congratulate all of you who serve on this historic council.', true],
    [
      'Tonight I want to begin by welcoming the new members of the council, and your new chairman, Ann Lee.',
      true,
    ],
    ['I congratulate you on the rise in exports this year.', false],
    ['We welcome the council’s decision to build a new quay.', false],
    ['The minister thanked the firefighters for their work.', false],
    ['Thanks to the new quay, the harbour handled more cargo than ever.', false],
    // A salutation before the thanks, and thanks for being there, say nothing of the subject either.
    ['Good evening, and thank you all for coming.', true],
    ['Good morning.', true],
    ['Ladies and gentlemen, thank you for joining us tonight.', true],
    ['Thank you for coming to hear the plan for the new quay.', false],
    ['Thank you all for your patience while the quay was built.', false],
    ['Good harbours need deep water.', false],
    // Thanks or a welcome for the audience's own ("your patience with the rain", "your new quay") are no
    // more; thanks to people a relative clause names are thanks all the same.
    ['Thank you all for coming, and thank you for your patience with the rain.', true],
    ['Thank you, and welcome to your new quay.', true],
    ['I want to start by thanking the people who made it happen.', true],
    ['Welcome to the new quay, which will take ships of 300 metres.', false],
    // A hail and the people it hails, with no colon to make it a heading of its own.
    ['Good evening, graduates, families, and staff.', true],
    ['Congratulations, class of 2025.', true],
    ['Good morning, the vote passed.', false],
    ['Welcome, everyone, to the new quay, which will take ships of 300 metres.', false],
    // Thanks for following the piece itself sign a live blog, a newsletter or a broadcast off.
    ['Thank you for following the count with us.', true],
    ['Thanks for reading.', true],
    ['Thank you all for following our live coverage.', true],
    ['Thanks for tuning in.', true],
    ['Thank you for following the evacuation orders so closely.', false],
    ['Thank you for reading about the new quay plans.', false],
    ['The mayor thanked residents for following the advice.', false],
  ] as const)('given %j then whether it only greets is %j', (text, expected) => {
    expect(onlyGreets(text)).toBe(expected);
  });

  it('given a speech pasted as one paragraph that thanks its audience and turns to one body then no summary sentence greets or opens on the salutation, and what follows it is kept', () => {
    const speech = fixtureArticle(
      'harbour-address',
      [
        [
          'Thank you very much.',
          'Members of the Council, honoured guests: May I congratulate all of you who serve on this historic council.',
          'The harbour handled more cargo this year than in any year before.',
          'Ships now wait two days for a berth, and the old quay cannot take the largest of them.',
          'A new quay would end the wait and bring the largest ships to the harbour.',
          'The harbour board has drawn up plans for the new quay on the northern shore.',
          'Gentlemen of the Council and of the Harbour Board: The harbour revenues leave no doubt that the new quay can be paid for without a loan.',
          'Dredging the northern channel will take a year, and the quay two more.',
          'The fishermen of the old port fear the work, and the board will keep their moorings open.',
          'Thank you, and God bless you all.',
        ].join(' '),
      ],
      { title: 'The State of the Harbour' },
    );
    const all = texts(summarize(speech, { sentences: 50 }));
    expect(all).toContain(
      'The harbour revenues leave no doubt that the new quay can be paid for without a loan.',
    );
    for (const request of [...requests, { sentences: 50 }]) {
      const said = texts(summarize(speech, request));
      expect(said.filter(onlyGreets), JSON.stringify(request)).toEqual([]);
      expect(
        said.filter((text) => SALUTATION.test(text)),
        JSON.stringify(request),
      ).toEqual([]);
    }
  });

  it('given State of the Union addresses pasted as text then no summary opens on thanks, greets or turns to a House', () => {
    for (const { said, where } of pastedSummaries([
      '1790_george_washington_n.json',
      '1793_george_washington_n.json',
      '1911_william_h_taft_r.json',
      '1987_ronald_reagan_r.json',
      '2017_donald_j_trump_r.json',
    ])) {
      expect(said.filter(onlyGreets), where).toEqual([]);
      expect(
        said.filter((text) => SALUTATION.test(text)),
        where,
      ).toEqual([]);
    }
  });

  it.each([
    [
      'I have come here tonight not only to address this council, but to speak to the people who sent us here.',
      true,
    ],
    ['Tonight marks the fifth year that I’ve come here to report on the state of the harbour.', true],
    ['A year has passed since I first stood at this podium to speak on behalf of the fishermen.', true],
    ['Tonight, I stand before you to share the results of the harbour board.', true],
    ['Tonight I want to speak about how the harbour can grow.', false],
    ['I came to this harbour as a boy to fish with my father.', false],
    ['The minister stood here to report on the quay.', false],
  ] as const)('given %j then whether it tells of the speech itself is %j', (text, expected) => {
    expect(tellsOfTheSpeech(text)).toBe(expected);
  });

  it('given State of the Union addresses whose openings tell of the speech, or salute with an aside, then no summary opens on either nor on what leans on them', () => {
    for (const { said, where } of pastedSummaries([
      '2009_barack_obama_d.json',
      '2016_barack_obama_d.json',
      '2018_donald_j_trump_r.json',
    ])) {
      expect(said.filter(tellsOfTheSpeech), where).toEqual([]);
      expect(
        said.filter((sentence) => sentence.includes('around here somewhere')),
        where,
      ).toEqual([]);
      expect(said[0], where).not.toMatch(/^(?:That night|And for this final one)\b/);
    }
  });

  it('given a speech that opens on a hail of its audience by name then neither its summary nor its one-sentence summary is the hail', () => {
    const speech = fixtureArticle(
      'quay-opening',
      [
        'Good evening, harbour workers, families, and friends.',
        'Four years ago this quay was a heap of rubble. Tonight it takes its first ship.',
        'The harbour raised £40,000 for the lifeboat appeal last spring. The new crane lifts 80 tonnes.',
        'Congratulations, harbour board.',
      ],
      { title: 'Remarks at the Opening of the New Quay' },
    );
    for (const request of [...requests, { sentences: 1 }]) {
      for (const said of texts(summarize(speech, request))) {
        expect(said, JSON.stringify(request)).not.toMatch(/^(?:Good evening|Congratulations)/);
      }
    }
  });

  it('given a live blog that signs off with thanks for following then no summary holds the sign-off, and the short one keeps the final result', () => {
    const blog = fixtureArticle(
      'elmford-count',
      [
        'Counting in all 30 seats on Elmford council began overnight at the town hall.',
        '01:15 — The first seats are declared: Labour holds Northgate and Riverside.',
        '02:40 — With 18 of 30 seats declared, Labour has 10, the Greens 5 and the Conservatives 3.',
        '03:55 — Final result: Labour 16 (down 2), Green 8 (up 4), Conservative 6 (down 2).',
        'Thank you for following the count with us.',
      ],
      { title: 'Elmford council election count: as it happened' },
    );
    for (const request of requests)
      expect(texts(summarize(blog, request)), JSON.stringify(request)).not.toContain(
        'Thank you for following the count with us.',
      );
    expect(texts(summarize(blog, { length: 'short' })).join(' ')).toContain('Final result');
  });
});

describe('a set-up that announces what comes in a summary', () => {
  it.each([
    ['Let me be honest about what comes next.', true],
    ['Consider what a letter asks of its writer.', true],
    ['I want to explain why the new quay matters.', true],
    ['Let me be clear: the quay will be built by May.', false],
    ['Consider the harbour board, which drew up the plans in 2019.', false],
    ['What the harbour needs is a deeper channel.', false],
    // The reader turned to who or what the next sentences are about, and no more.
    ['Start with who swims at the baths on a weekday.', true],
    ['Then look at the money.', true],
    ['Then there is the weather.', true],
    ['Consider the humble washing machine.', true],
    ['Look at the washer and replace it if it is cracked.', false],
    ['Then look at the figures for 2024.', false],
    ['Look at Westford.', false],
    ['Start with the teachers, who have waited three years for a raise.', false],
  ] as const)('given %j then whether it announces is %j', (text, expected) => {
    expect(announces(text)).toBe(expected);
  });

  it('given a column that turns the reader to each point ("Start with who…", "Then look at the money.") then no summary holds the signpost, and a signpost glued to its point gives the point', () => {
    const column = fixtureArticle(
      'keep-the-baths-open',
      [
        'The council wants to save £90,000 a year by closing the town baths on weekday mornings. It is a false economy, and the swimmers know it.',
        'Start with who swims on a weekday morning. Shift workers come after a night at the hospital. Pensioners come because the water eases their joints. The council’s own count shows 300 swims a week before nine.',
        'Then look at the money. £90,000 is less than the council spent on a new logo last spring. It is about £2 for every resident.',
        'Some councillors say swimmers can take the bus to the leisure centre in Westford instead. That is a 40-minute ride each way.',
        'Closing the baths in the morning is not thrift; it is the first step to closing them altogether.',
        'Write to your councillor before the budget vote on 12 March.',
      ],
      { title: 'Keep the Baths Open in the Morning' },
    );
    for (const request of [...requests, { sentences: 50 }]) {
      const said = texts(summarize(column, request));
      expect(said.filter(announces), JSON.stringify(request)).toEqual([]);
      expect(
        said.filter((text) => text.startsWith('Then look at')),
        JSON.stringify(request),
      ).toEqual([]);
    }
    expect(texts(summarize(column, { sentences: 50 }))).toContain(
      '£90,000 is less than the council spent on a new logo last spring.',
    );
  });

  it('given a speech that opens and closes on thanks and sets up its points then no summary of it holds a thank-you or a set-up', () => {
    const speech = fixtureArticle(
      'baths-opening',
      [
        'Thank you. Thank you all for coming, and thank you for your patience with the rain.',
        'I want to start by thanking the people who made it happen. The swimming club raised £40,000 in two years.',
        'The new baths will open every morning of the year at six o’clock, and every child in the town will learn to swim there for free.',
        'Let me be honest about what comes next. Keeping the baths open will cost the town £300,000 a year.',
        'Consider what a public bath asks of a town. It asks for money, and it asks for patience.',
        'Thank you, and welcome to your new baths.',
      ],
      { title: 'Remarks at the Opening of the Harbour Baths' },
    );
    for (const request of requests) {
      for (const said of texts(summarize(speech, request))) {
        expect(said, JSON.stringify(request)).not.toMatch(/^(?:Thank|I want to start|Let me|Consider)/);
      }
    }
  });
});

describe('a sentence that only puts off what it will say, in a summary', () => {
  it.each([
    ['I will come to parking.', true],
    ["I'll come back to that later.", true],
    ['More on the costs below.', true],
    ['We will say more about the canopy in a moment.', true],
    ['I know how that sounds to the traders, and I will come to parking.', true],
    ['I realise this is hard, but we will get to the rent.', true],
    ['Rents rose 5% in March, and I will come to why.', false],
    ['Shoppers drive in from the villages, and I will come to parking.', false],
    ['We will come to an agreement with the traders.', false],
    ['We will return to the quay every Saturday.', false],
    ['We will get to work on the canopy in May.', false],
  ] as const)('given %j then whether it only puts off what it will say is %j', (text, expected) => {
    expect(onlyDefers(text)).toBe(expected);
  });

  const column = fixtureArticle(
    'move-the-market',
    [
      'It is time the Saturday market moved to the quay. I know how that sounds to the traders, and I will come to parking. But the case is stronger than most of them think.',
      'Start with the rent. The council charges each stall £45 a day on the square, and the harbour board has offered the quay for £20.',
      'Then there is the weather. Traders on the quay would have no shelter from the wind off the sea, and the board should put up a canopy along the north wall.',
      'The strongest objection is parking. Moving the stalls would cost the square 140 spaces, and the council should open the Church Street car park on Saturdays.',
    ],
    { title: 'Why the Market Should Move to the Quay' },
  );
  const deferral = 'I know how that sounds to the traders, and I will come to parking.';

  it('given a column that puts a topic off ("…, and I will come to parking.") then no summary of it, of any length or topic, holds that sentence', () => {
    const all = column.sentences.length - 1;
    for (const request of [
      ...requests,
      { sentences: all },
      { topic: 'parking' },
      { topic: 'parking', length: 'long' as const },
    ]) {
      const summary = summarize(column, request, Library.create([column]));
      expect(texts(summary), JSON.stringify(request)).not.toContain(deferral);
    }
    expect(texts(summarize(column, { topic: 'parking' }, Library.create([column])))).toContain(
      'Moving the stalls would cost the square 140 spaces, and the council should open the Church Street car park on Saturdays.',
    );
  });
});
