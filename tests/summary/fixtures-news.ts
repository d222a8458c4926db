import { fixtureArticle } from './fixtures.js';

/** A short news report written for the tests: the facts first, a quote, background last. */
export const HARBOUR_REPORT = [
  'The port of Eastham will close its old harbour to cargo ships next year, the harbour board said on Tuesday. Cargo will move to a new deep-water terminal that opened in March at a cost of £120m.',
  'The board said the old harbour could no longer take modern container ships. "The old quays were built for a different age of shipping," said board chairman Alan Price. Traffic at the old harbour fell by 40% last year.',
  'Fishing boats and ferries will keep using the old harbour. The council plans to turn the old warehouses into flats and shops.',
  'Eastham has been a port since the 12th century. Its harbour was rebuilt after a storm in 1953.',
];

export const harbourArticle = (slug = 'harbour') =>
  fixtureArticle(slug, HARBOUR_REPORT, { title: 'Eastham port to close old harbour to cargo ships' });
