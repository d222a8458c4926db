import { attributionOf, CardTheme, cardRequestForHit, type CardRequest } from '../../src/index.js';
import { seedArticle, seedLibrary } from '../helpers/content.js';

const SEED = { author: 'Eric Ballbach', publication: 'The National Interest', date: '2020-05-17' };

/** Highlights every occurrence of each word (case-sensitive), as search would for these hand-made samples. */
function highlight(text: string, words: readonly string[]): [number, number][] {
  return words
    .flatMap((word) => [...text.matchAll(new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gu'))])
    .map((match) => [match.index, match.index + match[0].length] as [number, number])
    .sort((a, b) => a[0] - b[0]);
}

function sample(text: string, words: string[], title: string, author = SEED.author): CardRequest {
  return {
    text,
    highlights: highlight(text, words),
    attribution: { ...SEED, author, title },
    theme: CardTheme.Light,
  };
}

/** The cards the tests draw and compare with their reference images. */
export function cardSamples(): Record<string, CardRequest> {
  const seed = seedArticle();
  const byLength = [...seed.sentences].sort((a, b) => b.text.length - a.text.length);
  const longest = byLength[0]!;
  const threeLongest = byLength
    .slice(0, 3)
    .map((sentence) => sentence.text)
    .join(' ');
  const election = seedLibrary().search({ query: 'election' }).hits[0]!;
  return {
    short: sample('Trump muddles through.', ['Trump'], seed.meta.title),
    election: cardRequestForHit(election),
    'election-dark': cardRequestForHit(election, CardTheme.Dark),
    longest: { ...sample(longest.text, [], seed.meta.title), attribution: { ...attributionOf(seed) } },
    cut: {
      ...sample(threeLongest, ['sanctions'], seed.meta.title),
      attribution: { ...attributionOf(seed) },
    },
    emoji: sample(
      'Talks resumed 🎉 and both sides smiled 😀👍🏽 — then the missiles 🚀 flew again 🇰🇷.',
      ['missiles'],
      'Emoji in the news',
    ),
    cjk: sample(
      '朝鲜半岛的和平进程需要耐心。北朝鮮のミサイル発射は続いている。',
      ['和平', 'ミサイル'],
      '朝鲜半岛与和平',
      '李明',
    ),
    arabic: sample(
      'قال الرئيس إن المفاوضات مع كوريا الشمالية ستستمر رغم الصعوبات',
      ['المفاوضات'],
      'السياسة الخارجية',
      'سارة الحسيني',
    ),
    hebrew: sample('השיחות עם צפון קוריאה יימשכו גם בשנת 2021', ['השיחות'], 'מדיניות חוץ', 'דניאל כהן'),
    accented: sample(
      'Zoë Brontë, Søren Kierkegaard, Đặng Thị Ngọc Thịnh and Łukasz Żółć met Αλέξης Τσίπρας and Дмитрий Медведев in Zürich.',
      ['Kierkegaard', 'Zürich'],
      'Crème brûlée diplomacy',
      'François Müller-Lüdenscheidt',
    ),
  };
}
