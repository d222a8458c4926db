export * from './card.js';
export { layoutCard, type CardItem, type CardLayout, type CardLine, type CardTextBlock } from './layout.js';
export { DEFAULT_CARD_LAYOUT, quoteHeight, textWidth, type CardLayoutOptions } from './options.js';
export { cardAltText, cardRequestForHit, cardRequestForPassage } from './request.js';
export { tokenize, directionOf, type CardToken, type TextDirection, type TokenPart } from './tokens.js';
export { formatCardDate } from './date.js';
