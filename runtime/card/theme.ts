import type { CardTheme } from '../../src/card/index.js';

/** The colours of a card. Highlights keep a contrast ratio above 7:1 with their text in both themes. */
export interface CardColors {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly accent: string;
  readonly highlight: string;
  readonly highlightText: string;
}

export const CARD_COLORS: Record<CardTheme, CardColors> = {
  light: {
    background: '#FBF8F3',
    text: '#1F2328',
    muted: '#59616B',
    accent: '#D97706',
    highlight: '#FDE68A',
    highlightText: '#1F2328',
  },
  dark: {
    background: '#16181D',
    text: '#EEF1F5',
    muted: '#A3ABB8',
    accent: '#F59E0B',
    highlight: '#F5C451',
    highlightText: '#16181D',
  },
};
