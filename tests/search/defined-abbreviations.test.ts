import { describe, expect, it } from 'vitest';
import { Library } from '../../src/index.js';
import { definedAbbreviations } from '../../src/search/defined-abbreviations.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

describe('abbreviations a text defines in brackets after their long form', () => {
  it('given lower-case, hyphenated, mixed-case and numbered long forms then each short form is read with its long form', () => {
    expect(definedAbbreviations('Patients with chronic kidney disease (CKD) were enrolled.')).toEqual([
      { short: 'ckd', long: ['chronic', 'kidney', 'disease'] },
    ]);
    expect(definedAbbreviations('Tumour necrosis factor-alpha (TNF-α) rose.')).toEqual([]);
    expect(definedAbbreviations('Toll-like receptor 4 (TLR4) was blocked.')).toEqual([
      { short: 'tlr4', long: ['toll', 'like', 'receptor', '4'] },
    ]);
    expect(definedAbbreviations('the glomerular filtration rate (GFRate) fell')).toEqual([
      { short: 'gfrate', long: ['glomerular', 'filtration', 'rate'] },
    ]);
    // What follows a comma or semicolon inside the brackets is no part of the short form.
    expect(definedAbbreviations('Add acetylsalicylic acid (ASA, 75 mg) daily.')).toEqual([
      { short: 'asa', long: ['acetylsalicylic', 'acid'] },
    ]);
    expect(definedAbbreviations('Fibroblast growth factor-2 (FGF-2; 10 ng/ml) was added.')).toEqual([
      { short: 'fgf2', long: ['fibroblast', 'growth', 'factor', '2'] },
    ]);
  });

  it('given brackets that define nothing then none is read', () => {
    expect(definedAbbreviations('as shown before (Smith et al., 2019) and in the figure (Fig. 2)')).toEqual(
      [],
    );
    expect(definedAbbreviations('the sample (n = 12) and the year (2019) and a note (see below)')).toEqual(
      [],
    );
    expect(definedAbbreviations('the kidney (organ) and the liver (LV)')).toEqual([]);
  });

  const library = Library.create(
    [
      smallArticle('kidney', 'Kidney care', [
        'Patients with chronic kidney disease (CKD, stage 3 or 4) were enrolled from two clinics.',
        'Progression of CKD was slower in the treated group.',
        'Tumour necrosis factor 1 (TNF-1) levels were measured at baseline.',
        'Higher TNF-1 predicted faster decline.',
        'We also recorded the estimated glomerular filtration rate (eGFR) every month.',
        'The eGFR fell by a third in untreated patients.',
      ]),
      smallArticle('clinic', 'Clinic notes', [
        'Chronic kidney disease affects one adult in ten.',
        'Tumour necrosis factor 1 is a signalling protein.',
        'The estimated glomerular filtration rate is worked out from creatinine.',
      ]),
    ],
    { lexicon: wordnetLexicon() },
  );
  const found = (query: string): string[] =>
    library.search({ query, limit: 10 }).hits.map((hit) => hit.passage.text);

  it('given the short form typed then sentences with the long form alone are found too', () => {
    expect(found('CKD')).toContain('Chronic kidney disease affects one adult in ten.');
    expect(found('TNF-1')).toContain('Tumour necrosis factor 1 is a signalling protein.');
    expect(found('eGFR')).toContain(
      'The estimated glomerular filtration rate is worked out from creatinine.',
    );
  });

  it('given the long form typed, in lower case or hyphenated, then sentences with the short form alone are found too', () => {
    expect(found('chronic kidney disease')).toContain('Progression of CKD was slower in the treated group.');
    expect(found('tumour necrosis factor-1')).toContain('Higher TNF-1 predicted faster decline.');
    expect(found('estimated glomerular filtration rate')).toContain(
      'The eGFR fell by a third in untreated patients.',
    );
  });
});
