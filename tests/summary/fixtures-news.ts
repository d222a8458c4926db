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

/**
 * A short French news report written for the tests: a lead with few of the small words ("de", "la", "le")
 * the other sentences are full of, and the mayor's words between « and ».
 */
export const MARKET_REPORT = [
  'Chaque hiver, Strasbourg accueille pendant un mois son célèbre marché de Noël.',
  "Des milliers de touristes viennent de toute l'Europe pour visiter les chalets de la place Kléber.",
  "« C'est la plus grande fête de la ville et le cœur de la saison », a déclaré la maire de Strasbourg.",
  "Les restaurants de la ville sont complets plusieurs semaines à l'avance.",
  'Cette année, les organisateurs ont installé trois cents chalets dans les rues du centre.',
  'Le premier marché de Noël de la ville date de 1570.',
];

export const marketArticle = (slug = 'marche') =>
  fixtureArticle(slug, MARKET_REPORT, { title: 'Strasbourg ouvre son marché de Noël' });

/** A short German news report written for the tests, its quotation between „ and “. */
export const CYCLE_REPORT = [
  'Der Berliner Senat hat am Dienstag den Bau von 50 Kilometern neuer Radwege in der Innenstadt beschlossen.',
  'Die Arbeiten sollen im April beginnen und bis Ende des Jahres abgeschlossen sein.',
  '„Das ist ein großer Tag für alle, die in der Stadt mit dem Rad fahren“, sagte die Verkehrssenatorin.',
  'Die Kosten für das Projekt liegen bei rund 30 Millionen Euro.',
  'Einige Händler in der Friedrichstraße befürchten, dass ihre Kunden keine Parkplätze mehr finden.',
  'Der Fahrradclub der Stadt begrüßte die Entscheidung und forderte weitere Schritte.',
];

export const cycleArticle = (slug = 'radwege') =>
  fixtureArticle(slug, CYCLE_REPORT, { title: 'Berlin baut neue Radwege' });

/**
 * A short news report written for the tests, a sentence a paragraph, whose later sentences open on what the
 * one before said: "As a result, …", "In turn, …", "Because of this, …".
 */
export const STRIKE_REPORT = [
  'Dock workers at the port of Lindmouth walked out on Monday over a pay dispute with the harbour board.',
  'The harbour board said talks with the union would resume next week.',
  'Ships waited outside the harbour for three days while cranes stood idle.',
  "As a result, fuel deliveries to the town's petrol stations ran short and prices at the pump rose sharply.",
  'Local firms said the strike had cost them thousands of pounds in lost orders.',
  'In turn, the town council asked the harbour board and the dock workers to settle the pay dispute quickly.',
  'Because of this, the harbour board offered the dock workers a new pay deal on Thursday.',
  'The union said its members would vote on the offer at the weekend.',
];

export const strikeArticle = (slug = 'strike') =>
  fixtureArticle(slug, STRIKE_REPORT, { title: 'Harbour strike halts port traffic' });
