import { FRANC_LANGUAGES } from '../../runtime/languages.js';
import { Bot, Library, type Article } from '../../src/index.js';
import { smallArticle } from './content.js';

/** Short articles in French and German, and English ones, for requests that describe an article by its language. */
export const LYON = smallArticle('bibliotheque-a-lyon', 'Une bibliothèque à Lyon', [
  'La ville de Lyon a inauguré samedi une grande bibliothèque dans le quartier de la Guillotière.',
  'Le bâtiment accueille plus de cent mille livres et une salle de lecture pour les enfants.',
  'Selon le maire, le projet doit permettre aux habitants du quartier d’avoir accès à la culture.',
]);

export const VENDANGES = smallArticle('vendanges-en-bourgogne', 'Vendanges en Bourgogne', [
  'Les viticulteurs de Bourgogne ont commencé les vendanges avec deux semaines d’avance cette année.',
  'La chaleur de l’été a fait mûrir les raisins plus vite que prévu dans toute la région.',
]);

export const BERLIN = smallArticle('neue-bibliothek-in-berlin', 'Neue Bibliothek in Berlin', [
  'Die Stadt Berlin hat am Samstag eine neue Bibliothek im Stadtteil Kreuzberg eröffnet.',
  'Das Gebäude hat mehr als hunderttausend Bücher und einen Lesesaal für die Kinder.',
]);

/** English stories that say "French" and "German", for a guess by their words to find. */
export const ENGLISH = [
  smallArticle('wine-exports-fall', 'Wine exports fall', [
    'French wine exports fell sharply last year as German and British buyers turned to cheaper bottles.',
    'The French growers blamed the strong euro for the fall in sales.',
  ]),
  smallArticle('library-opens', 'City library opens', [
    'A new city library has opened with a reading room for children and a French and German section.',
  ]),
];

/** A bot of `articles` that tells their languages as the runtime's does (franc). */
export function languageBot(articles: readonly Article[]): Bot {
  return new Bot(Library.create(articles), undefined, undefined, FRANC_LANGUAGES);
}
