import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../src/text/speaker.js';

describe('who a sentence credits its words to', () => {
  it.each([
    ['"I do not wish to make any judgements," Mr Chidambaram said.', 'Mr Chidambaram'],
    ['BA chief executive Rod Eddington said the results were respectable.', 'Rod Eddington'],
    ['"It is over," said Sarah Mukasa, the organiser.', 'Sarah Mukasa'],
    ['"I am outraged," the organiser in Uganda, Sarah Mukasa, told the BBC.', 'Sarah Mukasa'],
    ['"It is a minor adjustment phase," said economy minister Heizo Takenaka.', 'Heizo Takenaka'],
    ['"We have held fares flat for six years," said the authority’s chief executive, Maria Lindqvist.', 'Maria Lindqvist'],
    ['"It was hard," said retired teacher Joan Pike.', 'Joan Pike'],
    ['Writing his Christmas message, the Bishop said: "Conspiracy theories are fun.', 'the Bishop'],
  ])('given %j then it is %j', (text, name) => expect(speakerOf(text)).toBe(name));

  it.each([
    ['"The play promotes illegal acts," the council\'s ruling said.'],
    ['He said the play is good.'],
    ['The company said profits rose.'],
    ['Prices rose sharply.'],
  ])('given %j, which names no one, then none', (text) => expect(speakerOf(text)).toBeUndefined());
});
