import type { Article } from '../../src/index.js';
import { smallArticle } from './content.js';

/** The newest report's lead, which says "bridge" in its longest sentence: a plain search ranks it last of three. */
export const BRIDGE_LEAD =
  'The old bridge will reopen to cars next week after engineers said the cracks in its arches were not deep.';

/**
 * A story over two days, for "what's the latest on the bridge?": the first report (Monday), and the follow-up
 * (Tuesday) whose three sentences say "bridge", its lead the longest of them.
 */
export function bridgeStory(): Article[] {
  return [
    smallArticle(
      'bridge-closed',
      'Old bridge closed after cracks found',
      ['The old bridge over the river was closed on Monday after engineers found cracks.'],
      'Nina Holt',
      '2024-04-08',
    ),
    smallArticle(
      'bridge-reopens',
      'Cars back on the river crossing next week',
      [
        BRIDGE_LEAD,
        'Lorries will stay off the bridge until the summer, the council said.',
        'Shops near the bridge welcomed the news.',
      ],
      'Omar Reyes',
      '2024-04-09',
    ),
  ];
}
