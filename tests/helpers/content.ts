import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, type Article, Library } from '../../src/index.js';
import { wordnetLexicon } from './lexicon.js';

export const CONTENT_DIR = join(import.meta.dirname, '../../content');
export const SEED_SLUG = 'donald-trumps-own-version-of-muddling-through-on-north-korea';

/** A small content file (three sentences) for tests that run the bot on a content folder of their own. */
export const TIDES_FILE = `---
title: How the Tides Work
author: Ada Marsh
publication: Coastal Review
date: 2024-05-01
---

The gravity of the moon pulls the nearest ocean water towards it in a long bulge. A second bulge forms on the far side of the earth because the planet itself is pulled away from that water. As the earth turns beneath both bulges, most coasts see two high tides every day.
`;

/**
 * An interview as a content file: the interviewer's introduction, then questions ("Q:") and the interviewee's
 * answers ("A:"), each answer long enough for a daily quote.
 */
export const HENS_INTERVIEW_FILE = `---
title: "Keeping Hens in Town: An Interview with Dana Osei"
author: Tomas Reed
publication: Greenway Monthly
date: 2024-06-18
---

Dana Osei keeps six hens on a plot behind her flat, and sells their eggs at the gate. We asked her how.

Q: How did you start?

A: My grandmother kept hens behind her shop in the town, and I caught the bug from her early on.

Q: What should a beginner avoid?

A: Never buy hens from a stranger at a market, because you cannot tell whether they are healthy.
`;

/** The project's own content, parsed as the bot would. */
export function loadRealArticles(): Article[] {
  return readdirSync(CONTENT_DIR)
    .filter((name) => name.endsWith('.md'))
    .map((name) => parseArticle(name, readFileSync(join(CONTENT_DIR, name), 'utf8')));
}

export function seedArticle(): Article {
  const article = loadRealArticles().find((candidate) => candidate.slug === SEED_SLUG);
  if (!article) throw new Error(`content/${SEED_SLUG}.md is missing`);
  return article;
}

let cached: Library | undefined;
export function seedLibrary(): Library {
  // As the bot runs it: with the WordNet lexicon the build derives.
  cached ??= Library.create([seedArticle()], { lexicon: wordnetLexicon() });
  return cached;
}

/** An article of a small test library: one paragraph a sentence, a byline of the made-up Coast Weekly. */
export function smallArticle(
  slug: string,
  title: string,
  sentences: readonly string[],
  author = 'Tess Ward',
  date = '2024-03-01',
): Article {
  const front = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `author: ${author}`,
    'publication: Coast Weekly',
    `date: ${date}`,
    '---',
  ];
  return parseArticle(`${slug}.md`, `${front.join('\n')}\n\n${sentences.join('\n\n')}\n`);
}

/** The texts of a query's hits, best first. */
export function hitTexts(library: Library, query: string): string[] {
  return library.search({ query }).hits.map((hit) => hit.passage.text);
}
