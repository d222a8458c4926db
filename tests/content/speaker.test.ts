import { describe, expect, it } from 'vitest';
import { fullNameIn, reportsSpeech, speakerInParagraph, speakerOf } from '../../src/text/speaker.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

describe('who a sentence credits its words to', () => {
  it.each([
    ['"I do not wish to make any judgements," Mr Chidambaram said.', 'Mr Chidambaram'],
    ['BA chief executive Rod Eddington said the results were respectable.', 'Rod Eddington'],
    ['"It is over," said Sarah Mukasa, the organiser.', 'Sarah Mukasa'],
    ['"I am outraged," the organiser in Uganda, Sarah Mukasa, told the BBC.', 'Sarah Mukasa'],
    ['"It is a minor adjustment phase," said economy minister Heizo Takenaka.', 'Heizo Takenaka'],
    ['"We have held fares flat for six years," said the authority’s chief executive, Maria Lindqvist.', 'Maria Lindqvist'],
    ['"It was hard," said retired teacher Joan Pike.', 'Joan Pike'],
    ['EC spokeswoman Marja Quillinan-Meiland conceded there were "grey areas" but said the rules stood.', 'Marja Quillinan-Meiland'],
    ['Writing his Christmas message, the Bishop said: "Conspiracy theories are fun.', 'the Bishop'],
    ['"The loan is secured," said Leeds-based UK accountant Priya Shah, who was not involved.', 'Priya Shah'],
    ['"Fares will rise," said Harbour Ferries spokesman Tom Hale.', 'Tom Hale'],
    ['The Dean of Ely, the Very Rev Dr Ann Cole, described the sermon as "a triumph".', 'the Very Rev Dr Ann Cole'],
    ['Analyst Ella van der Berg of Coast Capital described the results as "modest".', 'Ella van der Berg'],
    ['The harbour is older than the town, according to the Mayor.', 'the Mayor'],
    ['Rod Eddington, BA\'s chief executive, said the results were "respectable".', 'Rod Eddington'],
    ['On Monday, Ann Cole, head of the harbour board, said that fares would rise.', 'Ann Cole'],
    ['But the play\'s author, US playwright Eve Ensler, says it is about courage.', 'Eve Ensler'],
    ['"I had not flown for years..." Hailey later recalled.', 'Hailey'],
    ['The actor, whose films include Nell and Rob Roy, said: "It matters."', undefined],
  ])('given %j then it is %j', (text, name) => expect(speakerOf(text)).toBe(name));

  it.each([
    ['"The play promotes illegal acts," the council\'s ruling said.'],
    ['He said the play is good.'],
    ['The company said profits rose.'],
    ['Prices rose sharply.'],
    ['The report described the scene in detail.'],
  ])('given %j, which names no one, then none', (text) => expect(speakerOf(text)).toBeUndefined());
});

describe('who a sentence credits its words to, after the firm they work for', () => {
  it.each([
    ['"Growth will return," added Ernst and Young\'s Sanjay Mehta.', 'Sanjay Mehta'],
    ['"Growth will return," added Ernst & Young\'s Sanjay Mehta.', 'Sanjay Mehta'],
    ['"Growth will return," said Morgan Stanley\'s Ann Cole.', 'Ann Cole'],
    ['"Growth will return," said Harbour Ferries\' Tom Hale.', 'Tom Hale'],
    ['Morgan Stanley\'s Ann Cole said growth would return.', 'Ann Cole'],
    ['Smith and Jones\'s Ann Cole said growth would return.', 'Ann Cole'],
  ])('given %j then it is %j, not the firm that owns the name', (text, name) => expect(speakerOf(text)).toBe(name));

  it('given two people named after the verb then it is the first, as before', () =>
    expect(speakerOf('"Growth will return," said Mary Smith and Bob Jones.')).toBe('Mary Smith'));

  it.each([
    ['"The list is our best yet," said Morning Show and Friends executive producer Ann Cole.', 'Ann Cole'],
    ['"Sales will rise," said Smith and Jones chief economist Tom Hale of London.', 'Tom Hale'],
  ])('given %j, a role of a show or firm named "X and Y", then it is %j after the role', (text, name) =>
    expect(speakerOf(text)).toBe(name),
  );
});

describe('who a sentence credits its words to, after "who called" or "who said"', () => {
  it.each([
    ['The plan was attacked by Jo Bloggs, who called it a disaster.', 'Jo Bloggs'],
    ['Ferry users back Tom Hale, who called the plan "reckless" and "a waste".', 'Tom Hale'],
    ['Her words were echoed by director Sir Richard Eyre who called the book "extraordinarily thought provoking".', 'Sir Richard Eyre'],
    ['Fares will rise, said Mr Fitzpatrick, who added that talks went on.', 'Mr Fitzpatrick'],
    ['Fares will rise, according to Ann Cole, who said the board had agreed.', 'Ann Cole'],
    ['Jo Bloggs called the plan "reckless".', 'Jo Bloggs'],
  ])('given %j then it is %j, as "X said" is X', (text, name) => expect(speakerOf(text)).toBe(name));

  it.each([
    ['The meeting was led by Jo Bloggs, who called it to order at noon.'],
    ['Jo Bloggs, who called for calm, left early.'],
    ['Jo Bloggs, who called on the board to resign, left early.'],
    ['He is working with Steve Brown, who wrote the award-winning musical Spend Spend Spend.'],
    ['Jo Bloggs called the meeting.'],
  ])('given %j, where "called" or "wrote" credits no words, then none', (text) =>
    expect(speakerOf(text)).toBeUndefined(),
  );
});

describe('who a sentence credits its words to, when an organisation named "the X of Y" says them', () => {
  it.each([
    ['The National Union of Journalists said it stood strongly behind the journalists.', 'the National Union of Journalists'],
    ['The Department of Trade and Industry said it would act.', 'the Department of Trade and Industry'],
    ['The Chancellor of the Exchequer said taxes would not rise.', 'the Chancellor of the Exchequer'],
  ])('given %j then it is %j, the whole name and not its last words', (text, name) => expect(speakerOf(text)).toBe(name));

  it.each([
    ['Nick Van den Brul of BNP Paribas said costs fell.', 'Nick Van den Brul'],
    ["The Bank of England's Mervyn King said costs fell.", 'Mervyn King'],
  ])('given %j, a person and where they work, then it is %j, as before', (text, name) => expect(speakerOf(text)).toBe(name));

  it.each([
    ['"Rates will rise," said the Bank of England.', 'the Bank of England'],
    ['"Rates will rise," said the Bank of England on Monday.', 'the Bank of England'],
    ['Rates will rise, according to the University of Leeds.', 'the University of Leeds'],
  ])('given %j, after the verb, then it is %j, the whole name', (text, name) => expect(speakerOf(text)).toBe(name));

  it.each([
    ['"Rates will rise," said the Bank of England governor Mervyn King.', 'Mervyn King'],
    ['"Rates will rise," said the Bank of England\'s chief economist, Spencer Dale.', 'Spencer Dale'],
  ])('given %j, a person who speaks for it, then it is %j', (text, name) => expect(speakerOf(text)).toBe(name));

  it.each([
    ['An economist at the Bank of England said rates would rise.'],
    ['A spokesman for the Department of Health said it would act.'],
    ['"Rates will rise," said a spokesman for the Bank of England.'],
  ])('given %j, where the one saying works, then none (not "England" or "Bank")', (text) =>
    expect(speakerOf(text)).toBeUndefined(),
  );
});

describe('who a sentence credits its words to, after a description capitalised before the name', () => {
  it.each([
    ['Teacher Joan Pike said the school would close.', 'Joan Pike'],
    ['Lawyer Jamie Firestone said the assets were real.', 'Jamie Firestone'],
    ['Chef Ana Ruiz said the menu would change.', 'Ana Ruiz'],
    ['Communications Minister Dayanidhi Maran said there is a need to fund the market.', 'Dayanidhi Maran'],
    ['"It was hard," said Actor Liam Neeson.', 'Liam Neeson'],
  ])('given %j then it is %j, the words for what they do being no part of their name', (text, name) =>
    expect(speakerOf(text, wordnetLexicon())).toBe(name),
  );

  it.each([
    ['"Bloom recognizes the darker aspects," Prince Frederik said.', 'Prince Frederik'],
    ['Cook Islands Premier Mark Brown said the harbour was safe.', 'Mark Brown'],
    ['Baker Smith said the bread was fresh.', 'Baker Smith'],
    ['Dr Ann Cole said the sermon was a triumph.', 'Dr Ann Cole'],
    ['Joan Pike said the school would close.', 'Joan Pike'],
  ])('given %j then it is %j (one word left is how they are named; a title or a name is no description)', (text, name) =>
    expect(speakerOf(text, wordnetLexicon())).toBe(name),
  );

  it('given the name given in full after a description elsewhere in the article then the description is left out', () => {
    const texts = ['Actor Liam Neeson held a dinner party.', 'Mr Neeson said the theatre was special.'];
    expect(fullNameIn(texts, 'Mr Neeson', wordnetLexicon())).toBe('Liam Neeson');
    expect(fullNameIn(['Prince Frederik opened it.'], 'Frederik', wordnetLexicon())).toBe('Prince Frederik');
  });
});

describe('who a sentence credits its words to, read with the sentences around it', () => {
  it('given a run of quotations opened by a person described, not named, in a clause of "whose", then it is the person named before', () => {
    const run = [
      'The Oscar-nominated actor, whose films include Kinsey, Nell and Rob Roy, said: "The Lyric made me."',
      '"Belfast was not a pretty town to be living in."',
    ];
    expect(speakerInParagraph(run, 1, ['Mr Neeson said the theatre needed money.'])).toBe('Mr Neeson');
    expect(speakerInParagraph(run, 1)).toBeUndefined();
  });

  it('given quotations that a sentence at their end names a speaker for, or that go on words reported before them, then it is that speaker', () => {
    expect(speakerInParagraph(['"I fell to daydreaming."', '"Could I fly it?"', '"I was rusty," Hailey later recalled.'], 0)).toBe(
      'Hailey',
    );
    expect(speakerInParagraph(['Ann Cole said that the rules were needed.', '"Passengers deserve better."'], 1)).toBe('Ann Cole');
    const reopened = ['Tom Hale said: "The collection is rare.', '"It shows his taste."', 'The sale is in June.'];
    expect(speakerInParagraph(reopened, 1)).toBe('Tom Hale');
    expect(speakerInParagraph(reopened, 2)).toBeUndefined();
  });

  const paragraph = [
    '"There\'s no doubt that this year\'s selection is the best yet.',
    'If anything, the choice is even wider than last time," said Madeley.',
    '"It was very hard to follow last year\'s list," said executive producer Amanda Ross.',
    '"We were spoiled for choice and it was tough getting down to only 10."',
    'The list will be announced on Monday.',
  ];

  it.each([
    [0, 'Madeley'],
    [1, 'Madeley'],
    [2, 'Amanda Ross'],
    [3, 'Amanda Ross'],
  ])('given sentence %i of a paragraph of quotations then it is %j', (at, name) =>
    expect(speakerInParagraph(paragraph, at)).toBe(name),
  );

  it('given the middle sentence of a quotation of three, with no marks of its own, then it is the speaker named at its end', () => {
    const three = ['"We began early.', 'Nobody came.', 'Then it rained," Mr Smith said.'];
    expect(speakerInParagraph(three, 1)).toBe('Mr Smith');
  });

  it('given words that "he said" or "she added", then they are the person named last before them, in the paragraph or the one before', () => {
    const harbour = [
      'The old pier is safe, according to the Mayor.',
      '"It will stand for a century," he said.',
      'Repairs will start in May, she added.',
    ];
    expect(speakerInParagraph(harbour, 1)).toBe('the Mayor');
    expect(speakerInParagraph(harbour, 2)).toBe('the Mayor');
    expect(speakerInParagraph(['"It was hard," he said.'], 0, ['Retired teacher Joan Pike said the school would close.'])).toBe(
      'Joan Pike',
    );
    expect(speakerInParagraph(['"It was hard," he said.'], 0)).toBeUndefined();
  });

  it('given the writer\'s own words with a few words in quotation marks, after a quotation, then none', () => {
    const offshore = ['"Call centres can work anywhere," she says.', 'Firms that "offshore" work save money.'];
    expect(speakerInParagraph(offshore, 1, ['Analyst Cara Dean said costs fell.'])).toBeUndefined();
  });

  it('given the writer\'s own words after a quotation, or a quotation no one is named for, then none', () => {
    expect(speakerInParagraph(paragraph, 4)).toBeUndefined();
    expect(speakerInParagraph(['The council met.', '"The play is banned."'], 1)).toBeUndefined();
    expect(speakerInParagraph(['"It is over.', 'We lost," the council\'s ruling said.'], 0)).toBeUndefined();
  });
});

describe('who a sentence credits its words to, when it describes the one saying them', () => {
  const who = (sentences: string[], at: number, before: string[] = [], article: string[] = []) =>
    speakerInParagraph(sentences, at, before, wordnetLexicon(), [...before, ...sentences, ...article]);

  it('given a person described, not named, then it is the one person the sentences just before name', () => {
    const dinner = ['Hollywood film star Liam Neeson held a dinner party in New York to promote the Lyric Theatre.'];
    const said = ['The Ballymena-born actor said that the theatre was in a "very dilapidated condition".'];
    expect(who(said, 0, dinner, ['Mr Neeson said the theatre needed money.'])).toBe('Liam Neeson');
    expect(who(['The prize went to actor Tom Hale.', 'The Bristol-born actor said he was delighted.'], 1)).toBe('Tom Hale');
  });

  it('given a person described when the sentences before name no one, or several, then it is the description', () => {
    expect(who(['The school will close.', 'The head teacher said parents were upset.'], 1)).toBe('the head teacher');
    expect(who(['Teacher Joan Pike and lawyer Ann Cole met.', 'The teacher said the school would close.'], 1)).toBe(
      'the teacher',
    );
  });

  it('given several people described, then it is the description, whoever the article names', () => {
    const praise = ['The judges, who included authors Jenny Colgan and Amanda Craig, praised her.'];
    expect(who(['The judges called it "a triumph".'], 0, praise)).toBe('the judges');
    expect(who(['"It is a triumph.', 'Nobody could dislike it," wrote the judges.'], 0, praise)).toBe('the judges');
    expect(who(['Actor Tom Hale spoke.', 'The judges called it "a triumph".'], 1)).toBe('the judges');
  });

  it('given a body described, or the writer\'s own words about a person, then none', () => {
    expect(who(['Actor Tom Hale spoke.', 'The company said profits rose.'], 1)).toBeUndefined();
    expect(who(['Actor Tom Hale spoke.', 'The actor left early.'], 1)).toBeUndefined();
  });
});

describe('the name a speaker is given in full', () => {
  const texts = [
    'Hollywood film star Liam Neeson has held a dinner party in New York.',
    'Mr Neeson said the theatre was special.',
  ];

  it.each([
    ['Mr Neeson', 'Liam Neeson'],
    ['Neeson', 'Liam Neeson'],
    ['Liam Neeson', 'Liam Neeson'],
    ['the Bishop', 'the Bishop'],
    ['Mr Smith', 'Mr Smith'],
  ])('given %j in an article that names Liam Neeson then it is %j', (name, full) =>
    expect(fullNameIn(texts, name)).toBe(full),
  );
});

describe('whether a sentence gives someone\'s words rather than the writer\'s', () => {
  it.each([
    ['"The play is banned."'],
    ['The company said profits rose.'],
    ['"It is hard to think of anyone not enjoying it," wrote the judges.'],
    ['A spokeswoman said the plans were in the "very early stages".'],
  ])('given %j then it does', (text) => expect(reportsSpeech([text], 0)).toBe(true));

  it.each([
    ['Prices rose sharply.'],
    ['As I said last year, taxes must fall.'],
    ["I've been told that our system is too gridlocked."],
    ['She is said to have cried at the film.'],
    ['Its profit was dwarfed by the $204m announced by Google.'],
    ['Our efforts have added another $1 trillion to the debt.'],
    ['He is working with Steve Brown, who wrote the musical.'],
    ['Firms that "offshore" work save money.'],
  ])('given %j, the writer\'s own words, then it does not', (text) => expect(reportsSpeech([text], 0)).toBe(false));
});

describe('who a sentence credits its words to, when a place comes after the ones saying them', () => {
  it.each([
    ['Shop owners on Mill Street said they feared a drop in trade.'],
    ['Residents in Leeds said the road was dangerous.'],
    ['Stallholders near the Corn Exchange told the council they would stay.'],
    ['An analyst at Barclays said rates would fall.'],
  ])('given %j then the place is no speaker', (text) => {
    expect(speakerOf(text)).toBeUndefined();
    expect(reportsSpeech([text], 0)).toBe(true);
  });

  it.each([
    ['Shop owners on Mill Street said they feared a drop in trade.', 'shop owners'],
    ['Residents in Leeds said the road was dangerous.', 'residents'],
    ['Local traders at the Corn Exchange told the council they would stay.', 'local traders'],
  ])('given %j then it is the people of a kind who open it, %j', (text, group) =>
    expect(speakerInParagraph([text], 0, [], wordnetLexicon())).toBe(group),
  );

  it('given a name that opens the sentence before a place, then it is still the name', () =>
    expect(speakerOf('Ann Cole of Leeds said the road was dangerous.')).toBe('Ann Cole'));
});

describe('who a sentence credits its words to, in another language\'s quotation', () => {
  it.each([
    ['„Wir brauchen keine neuen Versprechen, sondern neue Gleise“, sagte Karl-Heinz Vogel vom Fahrgastverband Pro Bahn.', 'Karl-Heinz Vogel'],
    ['« Sans boulangerie, le village meurt », explique Jeanne Martin, maire d\'une commune de quatre cents habitants.', 'Jeanne Martin'],
    ['« Nous avons perdu », a déclaré le maire Paul Roux.', 'Paul Roux'],
    ['«Hay que actuar ya», dijo Ana Ruiz.', 'Ana Ruiz'],
    ['«Serve un piano», ha detto Marco Rossi.', 'Marco Rossi'],
  ])('given %j then it is %j', (text, name) => expect(speakerOf(text)).toBe(name));

  it('given a quotation in guillemets over two sentences, then it is the one named where it ends', () =>
    expect(speakerInParagraph(['« Sans pain, rien.', 'Le village meurt », explique Jeanne Martin.'], 0)).toBe(
      'Jeanne Martin',
    ));

  it.each([['„Es reicht“, sagte er.'], ['« Il faut agir », dit-elle.'], ['« Sans pain, rien.']])(
    'given %j, whose speaker goes unnamed, then none, and the words are not the writer\'s',
    (text) => {
      expect(speakerOf(text)).toBeUndefined();
      expect(reportsSpeech([text], 0)).toBe(true);
    },
  );
});

describe('who a news report credits words to, when a clause or a description stands beside the name', () => {
  const who = (sentences: string[], at: number) =>
    speakerInParagraph(sentences, at, [], wordnetLexicon(), sentences);

  it('given a name and a clause of "who" about the firm they run, then it is the person, never the firm', () => {
    const shop = ['Ann Boyd, who runs the Harbour Café, said trade had halved.', '"Nobody can reach us.', 'If this lasts, we will close," she said.'];
    expect(speakerOf(shop[0]!)).toBe('Ann Boyd');
    expect(who(shop, 1)).toBe('Ann Boyd');
    expect(who(shop, 2)).toBe('Ann Boyd');
  });

  it('given a job before the name and a clause of "who" after it, then it is the person the description ends in', () => {
    const yard = ['The plumber Joe Marsh, who has lived in the town for 30 years, said the repair was a relief.', '"We feared the worst.', 'Now we can stay," he said.'];
    expect(who(yard, 0)).toBe('Joe Marsh');
    expect(who(yard, 2)).toBe('Joe Marsh');
  });

  it('given where the person works and a clause after the name, then it is the person', () =>
    expect(speakerOf('Professor Ian Holt of the University of Leeds, who was not involved, said the result was weak.', wordnetLexicon())).toBe('Ian Holt'));

  it('given "she said" after an organisation spoke, then it is the person who spoke before it, not the organisation', () => {
    const paragraph = ['Baker Mary Lowe said sales had fallen.', 'The Chamber of Commerce said shops were suffering.', '"It is hard," she said.'];
    expect(who(paragraph, 2)).toBe('Mary Lowe');
  });

  it('given a verb of saying inside a quotation, then it is the one quoted, not who the quoted words mention', () => {
    const closed = ['"We took no risks," said Councillor Jo Bell.', '"The moment the inspectors told us, we closed it."'];
    expect(who(closed, 1)).toBe('Jo Bell');
    expect(who(['The cup was won at last.', '"People told me it could not be done," she said.'], 1)).toBeUndefined();
  });

  it('given a firm named "X & Y", then it is the person who works there, and the firm\'s last word is no one', () => {
    expect(speakerOf('Surveyor Tom Pike of Pike & Sons said demand was strong.', wordnetLexicon())).toBe('Tom Pike');
    expect(speakerOf('Hale & Partners said the work would take a year.')).toBeUndefined();
  });

  it('given an organisation named "the X for Y", then it is named whole', () => {
    expect(speakerOf('Fares fell by a tenth, according to the Office for Road Safety.')).toBe('the Office for Road Safety');
    expect(speakerOf('The Office for Fair Trading said prices rose.')).toBe('the Office for Fair Trading');
  });

  it('given a heading that opens on a preposition before a firm\'s name, then the name stays the firm\'s', () =>
    expect(fullNameIn(['About Harwell Labs', 'Harwell says it has sold 300.'], 'Harwell')).toBe('Harwell'));
});
