import { Library, parseArticle } from '../../src/index.js';

/**
 * Two small articles written for the rotation tests. "tides" has five postable sentences, a fragment
 * (too short), a repeat of an earlier sentence, and a sentence that copies its deck; "bees" has three.
 */
const TIDES = `---
title: How the Tides Work
author: Ada Marsh
publication: Coastal Review
date: 2024-05-01
deck: The moon pulls the oceans into two bulges that the earth turns beneath every single day.
---

The gravity of the moon pulls the nearest ocean water towards it in a long bulge. A second bulge forms on the far side of the earth because the planet itself is pulled away from that water. Too short to post.

As the earth turns beneath both bulges, most coasts see two high tides every day. The gravity of the moon pulls the nearest ocean water towards it in a long bulge.

When sun and moon line up, their pulls add together and spring tides run unusually high. When sun and moon stand at right angles, neap tides leave the water lower than usual for days. The moon pulls the oceans into two bulges that the earth turns beneath every single day.
`;

const BEES = `---
title: Why Bees Dance
author: Tom Comb
publication: Hive Notes
date: 2023-02-02
---

A forager that finds rich flowers returns to the hive and dances on the comb. The angle of her waggle run tells her sisters the direction of the flowers from the sun. The length of each waggle run tells them roughly how far they will have to fly.
`;

export const TIDES_SLUG = 'tides';
export const BEES_SLUG = 'bees';

export function fixtureLibrary(): Library {
  return Library.create([parseArticle('tides.md', TIDES), parseArticle('bees.md', BEES)]);
}
