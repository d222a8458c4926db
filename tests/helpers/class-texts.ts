import type { Article } from '../../src/index.js';
import { smallArticle } from './content.js';

/** A class's primary sources, as a teacher pastes them (user pass 21). */

/** Lee's resignation letter: its author's name is in no sentence (the sign-off is a formula, never quoted). */
export function leeResignation(): Article {
  return smallArticle(
    'lee-resignation',
    'Letter of resignation from the U.S. Army',
    [
      'Dear Sir,',
      'I have the honor to tender the resignation of my commission as colonel of the First Regiment of Cavalry.',
      'Very respectfully, your obedient servant,',
    ],
    'Robert E. Lee',
    '1861-04-20',
  );
}

/** The Gettysburg Address, whose text never says the place in its title. */
export function gettysburgAddress(): Article {
  return smallArticle(
    'the-gettysburg-address',
    'The Gettysburg Address',
    [
      'Four score and seven years ago our fathers brought forth on this continent a new nation.',
      'The brave men, living and dead, who struggled here, have consecrated it.',
    ],
    'Abraham Lincoln',
    '1863-11-19',
  );
}
