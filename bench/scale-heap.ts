import { Library } from '../src/index.js';
import { sharedLexicon } from '../runtime/lexicon.js';
import { seededRandom } from '../src/daily/prng.js';
import { corpusOf } from './scale-corpus.js';
import { askLibrary, memoryMb, savedIndex } from './scale-measure.js';
import { queriesFor } from './scale-queries.js';
import { loadSotuArticles } from './sotu-corpus.js';

/**
 * Run by `bench/scale.ts` in a fresh process: the memory a library of `size` sentences holds once its saved
 * index (in `dir`) is loaded and a few queries have warmed its caches, beyond the articles themselves.
 * Apart from the benchmark's process, nothing its earlier sizes left behind is counted. Prints `{heapMb}`.
 */
const [size, dir] = [Number(process.argv[2]), process.argv[3]!];
const articles = corpusOf(loadSotuArticles(), size);
const base = await memoryMb();
const library = Library.fromIndex(articles, savedIndex(dir), { lexicon: sharedLexicon() });
const passages = library.articles.flatMap((article) => library.quotable(article));
askLibrary(library, queriesFor(passages, 10, seededRandom(size + 1)));
console.log(JSON.stringify({ heapMb: (await memoryMb()) - base }));
