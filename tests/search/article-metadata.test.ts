import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { ArticleMetadata } from '../../src/search/metadata.js';

const article = (slug: string, title: string, author: string) =>
  parseArticle(
    `${slug}.md`,
    `---\ntitle: ${title}\nauthor: ${author}\npublication: Garden News\ndate: 2024-05-01\n---\n\nBees dance in the hive.\n`,
  );

const metadata = new ArticleMetadata([
  article('hive-judgement', 'The Judgement of the Hive', 'Ana Silva'),
  article('hive-winter', 'The Hive in Winter', 'Eric Ballbach'),
  article('ferries', 'Ferries at Noon', 'Ana Silva'),
]);
const slugs = (query: string) => metadata.named(query)?.articles.map((one) => one.slug);

describe('ArticleMetadata.named (a look-up of title, author and publication words by stem)', () => {
  it('given a word of two titles and a name of one author then the articles with both, in library order', () => {
    expect(slugs('hive')).toEqual(['hive-judgement', 'hive-winter']);
    expect(slugs('Ballbach hive')).toEqual(['hive-winter']);
    expect(slugs('Silva')).toEqual(['hive-judgement', 'ferries']);
    expect(metadata.named('Silva hives dancing')?.rest).toBe('dancing');
    expect(slugs('Silva hives dancing')).toEqual(['hive-judgement']);
  });

  it('given a title word in its other spelling then the article whose title spells it so', () => {
    expect(slugs('judgment')).toEqual(['hive-judgement']);
  });

  it('given words that no metadata has, or a lower-case word beside others, then no article is named', () => {
    expect(metadata.named('tulips')).toBeUndefined();
    expect(metadata.named('hive tulips')).toBeUndefined();
  });
});
