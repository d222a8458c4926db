import { parseArticle, Library, type Article } from '../src/index.js';
import { sharedLexicon } from '../runtime/lexicon.js';
import { STARTUP_LIBRARIES } from './scale-startup.js';
import { loadSotuArticles } from './sotu-corpus.js';

/**
 * The in-process cost of picking up one changed article at 10k articles: `Library.withArticles` with one
 * article replaced (a sentence appended), its CPU time, a few rounds. Run with `tsx bench/pickup-phases.ts`.
 */
const articles: Article[] = STARTUP_LIBRARIES['10k'].build(loadSotuArticles());
const cpu = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
let library = Library.create(articles, { lexicon: sharedLexicon() });
let list = [...articles];
const rounds = Number(process.argv[2] ?? 5);
const rows: string[] = [];
for (let round = 0; round < rounds; round++) {
  const at = Math.floor(list.length / 2) + round;
  const old = list[at]!;
  const source = `---\ntitle: ${JSON.stringify(old.meta.title)}\nauthor: ${JSON.stringify(old.meta.author)}\npublication: ${JSON.stringify(old.meta.publication)}\ndate: ${old.meta.date}\n---\n\n${old.body}\n\nThe Quokkaflotilla${round} sailed at dawn.\n`;
  const changed = parseArticle(`${old.slug}.md`, source);
  list = list.map((a, i) => (i === at ? changed : a));
  const wall = performance.now();
  const c = cpu();
  library = library.withArticles(list);
  const updateWall = performance.now() - wall;
  const updateCpu = cpu() - c;
  const found = library.search({ query: `Quokkaflotilla${round}` }).hits.length;
  rows.push(
    `round ${round}: update ${updateWall.toFixed(0)} ms wall, ${updateCpu.toFixed(0)} ms cpu; with search ${(performance.now() - wall).toFixed(0)} ms wall, ${(cpu() - c).toFixed(0)} ms cpu, hits ${found}`,
  );
}
console.log(rows.join('\n'));
console.log(`rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
