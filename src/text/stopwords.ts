/** Common English function words: they never decide a match on their own. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have
  having he her here hers herself him himself his how i if in into is it its itself just me more most my
  myself no nor not now of off on once only or other our ours ourselves out over own same she should so
  some such than that the their theirs them themselves then there these they this those through to too
  under until up very was we were what when where which while who whom why will with would you your
  yours yourself yourselves s t don shall may might must also ever thus yet`.split(/\s+/),
);

/** Words people add to a request that say what they want, not what to find ("a quote about …"). */
export const REQUEST_WORDS: ReadonlySet<string> = new Set(
  `quote quotes random passage passages sentence sentences say says saying tell show find give something
  anything mention mentions talk talking discuss discusses please info information`.split(/\s+/),
);

/**
 * Request words that are as often words to look for ("don't ask, don't tell", "the show"): filler only where
 * they frame the request, at its start ("tell me about…", "can you show me…"). See `fillersOf`.
 */
export const REQUEST_VERBS: ReadonlySet<string> = new Set(['tell', 'show']);

/**
 * Words of a question's frame and of everyday requests that rarely decide what is meant ("when does the
 * new console actually come out?"): kept, but weighing little, and a hit need not have them.
 */
export const LIGHT_WORDS: ReadonlySet<string> = new Set(
  `come comes came coming get gets got getting go goes going went gone happen happens happened happening
  actually really exactly basically just know knows think thinks want wants wanted like need needs make
  makes made take takes took thing things stuff lot lots much many kind sort way mean means article
  articles story stories news latest update updates read reading learn hear bot hey hi hello thanks thank pls
  plz kindly whats hows wheres whos whens id anyone someone everyone somebody anybody there looking look search
  searching related regarding concerning maybe gimme asap background explain details detail headline headlines
  bit part remind covers covering said speech speeches remarks lol thx thnx ty tia omg btw haha idk imo tbh fyi
  u ur ya lmk soon anytime currently nowadays next well according supposed`.split(/\s+/),
);

/**
 * Contractions of "not" and of pronouns with an auxiliary, folded ("won't": wont), typed with or without
 * the apostrophe: function words, as "not" and "will" are. (Those that spell another word without it, "we'll"
 * / "well", are told by their apostrophe: `isFiller`.)
 */
export const CONTRACTIONS: ReadonlySet<string> = new Set(
  `dont doesnt didnt cant wont wouldnt couldnt shouldnt isnt arent wasnt werent hasnt havent hadnt mustnt
  neednt aint im ive youre youve youll youd theyre theyve theyll theyd weve`.split(/\s+/),
);

/** Titles that stand before a name without being part of it ("Mr Thoday", "Sir Joshua"), folded. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'dame',
  'lord',
  'lady',
  'prof',
  'professor',
]);
