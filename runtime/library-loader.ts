import { Library } from '../src/index.js';
import { loadContentDir, type ContentProblem } from './content-dir.js';

/** Loads the content folder into a library; throws if no article could be loaded. */
export function loadLibrary(contentDir: string): { library: Library; problems: ContentProblem[] } {
  const { articles, problems } = loadContentDir(contentDir);
  if (articles.length === 0) {
    const why = problems.map((problem) => `  - ${problem.message}`).join('\n');
    throw new Error(
      `No article could be loaded from ${contentDir}.${why ? `\n${why}` : ' Add a Markdown file there.'}`,
    );
  }
  return { library: Library.create(articles), problems };
}
