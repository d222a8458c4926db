import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/index.js';
import { fixtureArticle } from './fixtures.js';

const texts = (summary: { sentences: readonly { text: string }[] }): string[] =>
  summary.sentences.map((sentence) => sentence.text);
const requests = [
  ...(['short', 'medium', 'long'] as const).map((length) => ({ length })),
  ...[1, 2, 3, 5, 8].map((sentences) => ({ sentences })),
];

describe('a sentence that leans on one no summary holds', () => {
  // An interview written for the test: its questions are no sentences of a summary, and an answer opening "It
  // is…" answers its question, not the answer before it.
  const interview = fixtureArticle(
    'village-baker',
    [
      'Marta Silva has baked bread in the same village oven for thirty years. Her bakery sells about 400 loaves a day. We asked her about the trade.',
      'Q: Is sourdough worth the trouble?',
      'A: It is far better than any supermarket loaf. The long rise gives the crust its flavour, and the bread keeps for a week.',
      'Q: What is the hardest part of the job?',
      'A: The hours, without a doubt. The oven has to be lit at three in the morning, six days a week.',
      'Q: What would you tell someone who wants to start?',
      'A: Work for another baker first. Never buy an oven before you have sold a hundred loaves.',
    ],
    { title: 'Thirty Years at the Oven: An Interview with Marta Silva' },
  );

  it('given an interview answer that opens "It is…" then no summary holds it, as its question is in none', () => {
    for (const request of requests) {
      expect(texts(summarize(interview, request)), JSON.stringify(request)).not.toContain(
        'It is far better than any supermarket loaf.',
      );
    }
  });

  // A French report written for the test: its last sentence opens "Elle…", the town hall of the sentence
  // before it.
  const report = fixtureArticle(
    'piscine-nantes',
    [
      'La ville de Nantes a ouvert lundi sa nouvelle piscine olympique, après trois ans de travaux.',
      "Le chantier a coûté 42 millions d'euros, dont la moitié payée par la région.",
      'Les clubs de natation de la ville réclamaient un bassin de 50 mètres depuis vingt ans.',
      "« Nos nageurs devaient aller jusqu'à Rennes pour s'entraîner », a expliqué le président du club, Paul Girard.",
      'La mairie a promis des créneaux gratuits pour les écoles dès la rentrée. Elle prévoit aussi d’ouvrir le bassin le dimanche soir à partir de janvier.',
    ],
    { title: 'Nantes ouvre sa piscine olympique' },
  );

  it('given a French report whose sentence opens "Elle…" then a summary holds it only with the sentence before it', () => {
    const elle = 'Elle prévoit aussi d’ouvrir le bassin le dimanche soir à partir de janvier.';
    const before = 'La mairie a promis des créneaux gratuits pour les écoles dès la rentrée.';
    for (const request of requests) {
      const said = texts(summarize(report, request));
      if (said.includes(elle)) expect(said, JSON.stringify(request)).toContain(before);
    }
  });
});
