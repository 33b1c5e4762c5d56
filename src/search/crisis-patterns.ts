/**
 * The built-in crisis vocabulary: the floor that no data edit can remove. Staff add words in
 * data/vocabulary/themes.json (themes marked `"crisis": true`); these patterns are here so that a young
 * person who writes "ik wil me van kant maken" or "je veux en finir" sees the crisis lane even if the
 * data is broken, incomplete or edited badly.
 *
 * How it works (the matching itself is in crisis-detection.ts):
 * - A concept is a set of word forms that mean the same thing here ("want": wil, wou, wanna, veux…).
 *   Forms are written as normalizeText() writes them: lower case, no accents, no punctuation
 *   ("beëindigen" → "beeindigen", "j'ai" → "j ai"). Repeated letters do not matter ("dood" = "dod" =
 *   "doooood"), "y" is "ij" ("sny" = "snij"), and typos are forgiven by word length: none up to 4
 *   letters, one up to 7, two beyond; swapped neighbours count as one.
 *   A form of 6 letters or more also matches as the start or end of a compound ("zelfmoordgedachten",
 *   "tienerzelfmoord"). Words typed apart are joined ("zelf moord") and words typed together are split
 *   ("ikwildood"), so neither needs to be listed.
 * - A pattern is a few concepts that must all appear within `window` words, in any order: "ik wil
 *   dood", "dood wil ik" and "ik wil echt dood" are one pattern. One concept alone is a crisis word.
 * - `alone: true` is for phrasings that are only a crisis when nothing else is said: "ik kan niet meer"
 *   is, "ik kan niet meer slapen" is not. Every word of the search must then belong to the pattern or
 *   be a filler word (FILLER_WORDS).
 *
 * To extend: add the word form to a concept (most misses are a missing form), or add a pattern with a
 * comment that says what it catches. Add the phrasing you saw to tests/crisis/crisis-phrasings.txt,
 * and when you touch a common word, an everyday search that uses it to tests/crisis/ordinary-searches.txt;
 * `npx vitest run src/search` then tells you what your change catches and what it costs. Recall comes
 * first: a missed crisis can cost a life, a false alarm costs a line of screen.
 */

export const CRISIS_CONCEPTS = {
  // --- Words that are a crisis on their own ---
  /** Suicide, its slang (kms = kill myself, unalive, sewerslide: TikTok words that dodge filters) and its traces. */
  suicide: [
    'zelfmoord', 'zelfdoding', 'zelfmoorden', 'suicide', 'suicidaal', 'suicidale', 'suicidal', 'suicidaire', 'suicider',
    'suicidegedachten', 'doodswens', 'doodsgedachten', 'deathwish', 'levensmoe', 'afscheidsbrief', 'suicidenote',
    'kms', 'kys', 'unalive', 'sewerslide', 'selfdelete',
  ],
  /** Self-harm, by its names in three languages. */
  selfHarm: [
    'zelfverwonding', 'zelfverwonden', 'zelfbeschadiging', 'zelfbeschadigen', 'zelfverminking', 'automutilatie',
    'automutilation', 'selfharm', 'selfharming', 'selfinjury', 'scarifier', 'scarifie', 'scarification',
  ],
  /** An overdose is an emergency whatever the intent: 112 belongs on top. */
  overdose: ['overdosis', 'overdose', 'overdoseren', 'overdoser'],

  // --- Wanting, intending ---
  /** Wanting or wishing; "hoop" because "ik hoop dat ik niet meer wakker word" is a wish. */
  want: [
    'wil', 'wilt', 'wille', 'willen', 'wl', 'wou', 'woude', 'wouden', 'kwil', 'kwou', 'wilde', 'wens', 'hoop',
    'want', 'wanna', 'wants', 'wanted', 'wish', 'hope', 'veux', 'voudrais', 'voudrait', 'envie',
  ],
  /** English wanting, kept apart because Dutch "ik wil die…" (that one) must not read as "die". */
  wantEn: ['want', 'wanna', 'wants', 'wish', 'ready', 'gonna', 'going', 'tryna'],
  /** Going to do it: only with a method, because "ik ga dood van de stress" is a way of speaking. */
  intend: [
    'wil', 'wilt', 'willen', 'wou', 'kwil', 'ga', 'gaan', 'kga', 'want', 'wanna', 'gonna', 'going', 'veux', 'vais',
    'voudrais', 'envie',
  ],
  /** Would rather. */
  rather: ['liever', 'rather', 'prefer', 'plutot', 'prefere', 'prefererais'],

  // --- Dying, living, existing ---
  /**
   * Death and dying. Not English "die", which is also a Dutch word ("die" = that), and not "overlijden",
   * one typo from "overleden", which is grief.
   */
  die: [
    'dood', 'doot', 'doodgaan', 'sterven', 'sterf', 'dead', 'died', 'dying', 'ded', 'mourir', 'meurs',
    'mort', 'morte', 'crever', 'creve', 'mourais',
  ],
  /** Thinking about it: "ik denk aan doodgaan", "suicidal thoughts", "je pense à mourir". */
  think: [
    'denk', 'denken', 'dacht', 'gedachten', 'gedachtes', 'think', 'thinking', 'thoughts', 'pense', 'penser', 'pensees',
    'idees',
  ],
  /** English "die", only next to English wanting (wantEn) or with "let me". */
  dieEn: ['die', 'dying'],
  /** Life and living. Not French "vis" (I live): in Dutch it is fish. */
  live: ['leven', 'leve', 'leef', 'levend', 'life', 'live', 'living', 'alive', 'vivre', 'vie', 'vivant'],
  /** Existing, being there. Not "bestaat" ("dat bestaat niet" is everyday speech). */
  exist: ['bestaan', 'besta', 'bestond', 'bestonden', 'exist', 'existing', 'exister', 'existe', 'existeren'],
  /** Being, for "er niet meer zijn". Not "is": "mijn opa is er niet meer" is grief, not a crisis. */
  be: ['zijn', 'ben', 'was', 'waren', 'wezen', 'be', 'am', 'm', 'etre', 'suis'],
  here: ['hier', 'here', 'la'],
  er: ['er', 'der', 'dr'],
  born: ['geboren', 'born'],
  /** Disappearing. "weg" only in an `alone` pattern, because "ik wil weg van thuis" is about home. */
  disappear: ['verdwijnen', 'verdwijn', 'disappear', 'vanish', 'gone', 'disparaitre', 'disparaite'],
  away: ['weg', 'away'],
  /** This world, to leave it: "weg uit deze wereld", "leave this world", "quitter ce monde". */
  world: ['wereld', 'world', 'monde'],
  leave: ['verlaten', 'verlaat', 'leave', 'leaving', 'quitter', 'quitte'],
  wake: ['wakker', 'wake', 'waking', 'reveiller', 'reveille', 'ontwaken'],
  sleep: ['slapen', 'slaap', 'sleep', 'dormir', 'rust', 'rest'],
  forever: ['vooraltijd', 'eeuwig', 'forever', 'pourtoujours'],

  // --- No more, no point ---
  /** Not, no, never: Flemish "nie"/"ni", text speak "nt", English contractions (joined by the matcher: "don t" → "dont"). */
  not: [
    'niet', 'nie', 'ni', 'nt', 'niks', 'geen', 'gene', 'nooit', 'nimmer', 'not', 'no', 'dont', 'doesnt', 'didnt',
    'cant', 'cannot', 'never', 'isnt', 'arent', 'wasnt', 'wont', 'wouldnt', 'ne', 'pas', 'plus', 'jamais',
  ],
  /** Any more, any longer. French "plus" is both "not" and "more" ("je ne veux plus vivre"). */
  more: ['meer', 'mer', 'mr', 'meir', 'langer', 'anymore', 'longer', 'more', 'plus'],
  /** Still (in "why would I still live"). */
  still: ['nog', 'still', 'keep', 'encore'],
  why: ['waarom', 'why', 'what', 'whats', 'pourquoi'],
  /** A point, a reason, a meaning. */
  reason: ['zin', 'reden', 'redenen', 'nut', 'point', 'reason', 'reasons', 'sens', 'raison'],
  pointless: ['zinloos', 'nutteloos', 'waardeloos', 'pointless', 'meaningless', 'quoibon'],
  worth: ['waard', 'worth', 'vaut', 'valt'],
  future: ['toekomst', 'future', 'avenir'],
  /** No way out. */
  wayOut: ['uitweg', 'uitwegen', 'wayout', 'issue', 'escape'],
  /** "Het hoeft (voor mij) niet meer". */
  need: ['hoef', 'hoeft', 'hoeven'],
  /** Being a burden, being too much. */
  burden: ['last', 'burden', 'fardeau', 'poids', 'detrop', 'overbodig', 'teveel'],
  /** Deserving ("ik verdien het niet om te leven"). */
  deserve: ['verdien', 'verdienen', 'deserve', 'merite', 'merites'],
  /** Heaven: "ik wil naar de hemel" is how younger children say it. */
  heaven: ['hemel', 'heaven', 'ciel', 'paradis'],
  /** A way to do it ("beste manier om dood te gaan", "best way to die"). */
  way: ['manier', 'manieren', 'methode', 'methodes', 'way', 'ways', 'method', 'facon', 'moyen'],
  /** French "ne sert à rien" (is no use). */
  serve: ['sert', 'sers'],
  nothing: ['rien'],
  enough: ['genoeg', 'enough', 'assez'],
  /** Done with, finished with (not "moe": "moe van alles" is feeling low, not a crisis). */
  done: ['klaar', 'done', 'fini', 'finie'],
  /** Like this ("ik kan zo niet leven", "i can't live like this"). */
  likeThis: ['zo', 'zoals', 'like', 'comme'],
  /** Being tired of or done with something (here: with life). */
  tired: ['moe', 'beu', 'klaar', 'tired', 'sick', 'done', 'fatigue', 'fatiguee', 'marre'],
  happy: ['blij', 'gelukkig', 'gelukkiger', 'beter', 'better', 'happy', 'happier', 'mieux', 'content', 'contents'],
  /** "Het niet meer zien zitten": seeing it, sitting. */
  see: ['zie', 'zien', 'zag', 'zagen'],
  sit: ['zitten', 'zitte', 'zit'],
  can: ['kan', 'kun', 'can', 'cant', 'cannot', 'peux', 'peut'],
  /** Holding on ("ik hou het niet meer vol"). */
  hold: ['hou', 'houd', 'volhouden', 'volhoud', 'aan', 'trek', 'trekt'],
  further: ['verder', 'continuer', 'goon', 'carryon'],
  give: ['geef', 'give', 'giving'],
  up: ['op', 'up'],
  abandon: ['abandonne', 'opgeven'],

  // --- Ending it ---
  /** Ending; "beroven" for "mezelf van het leven beroven". */
  end: ['einde', 'eind', 'beeindigen', 'beeindig', 'beroven', 'end', 'ending', 'fin', 'finir', 'terminer'],
  all: ['alles', 'allemaal', 'all', 'everything', 'tout'],
  it: ['it', 'het', 't', 'ermee'],
  en: ['en'],
  finir: ['finir'],
  make: ['maken', 'maak', 'maakt', 'maakn', 'breien', 'make'],
  stop: ['stoppen', 'stop', 'stopt', 'ophouden', 'ophoudt', 'arreter', 'arrete'],
  breathe: ['ademen', 'adem', 'breathe', 'breathing', 'respirer'],
  ermee: ['ermee', 'dermee'],

  // --- Hurting oneself ---
  /** Cutting and scratching: the most common self-harm, and the words young people use for it. */
  cut: [
    'snij', 'snijd', 'snijdt', 'snijden', 'snijde', 'sneed', 'sneden', 'gesneden', 'doorsnijden', 'kras', 'krassen',
    'krast', 'gekrast', 'krab', 'krabben', 'gekrabd', 'kerf', 'kerft', 'kerven', 'gekerfd', 'cut', 'cuts', 'cutting',
    'couper', 'coupe', 'entaille', 'scarifie',
  ],
  /** Hurting in general; with "mezelf" it is self-harm ("ik doe mezelf pijn", "hurt myself"). */
  harm: [
    'snij', 'snijd', 'snijdt', 'snijden', 'kras', 'krassen', 'krab', 'krabben', 'pijn', 'pijndoen', 'verwond', 'verwonden',
    'verwonding', 'kwetsen', 'beschadigen', 'branden', 'brand', 'slaan', 'sla', 'straffen', 'hurt', 'hurting', 'harm',
    'harming', 'burn', 'burning', 'cut', 'cutting', 'punish', 'blesser', 'aandoen',
  ],
  /** Oneself, unmistakably; also when a friend is worried about someone else ("ze snijdt zichzelf", "kill yourself"). */
  myself: ['mezelf', 'mijzelf', 'mezelve', 'zichzelf', 'jezelf', 'myself', 'yourself', 'himself', 'herself', 'themselves', 'moimeme'],
  /** Me, also as object ("ik snij me", "je me coupe"); used only together with another sign of self. */
  me: ['me', 'mij', 'm', 'moi', 'zich', 'mezelf', 'mijzelf', 'myself', 'zichzelf'],
  i: ['ik', 'k', 'ikke', 'i', 'im', 'je', 'j'],
  /** French "faire du mal" (to hurt). */
  doFr: ['faire', 'fais', 'fait'],
  mal: ['mal'],
  iets: ['iets', 'iet', 'wa', 'wat'],
  /** "Iets aandoen" (to do something to), also written apart: "aan doen", "aan te doen". */
  aandoen: ['aandoen', 'aandoe', 'aantedoen', 'aangedaan'],
  aan: ['aan'],
  /** Body parts where young people cut. */
  body: [
    'arm', 'armen', 'pols', 'polsen', 'been', 'benen', 'dij', 'dijen', 'bovenbenen', 'huid', 'buik', 'wrist', 'wrists',
    'arms', 'legs', 'thighs', 'skin', 'veines', 'poignet', 'poignets', 'bras',
  ],

  // --- Methods ---
  kill: [
    'doden', 'dood', 'doodmaken', 'vermoorden', 'vermoord', 'ombrengen', 'afmaken', 'kill', 'killing', 'tuer', 'tue',
    'verdrinken', 'neerschieten', 'schieten', 'shoot', 'drown', 'noyer', 'ophangen', 'hang', 'pendre',
  ],
  /** "Van kant maken" (to kill): typed apart, the matcher joins it to "vankant". */
  vanKant: ['vankant'],
  hang: ['ophangen', 'ophang', 'opknopen', 'opknoop', 'hang', 'hanging', 'pendre', 'pends'],
  /** A noose is a plan. */
  noose: ['strop', 'noose'],
  /** Blades young people use to cut. */
  knife: [
    'mes', 'mesje', 'mesjes', 'scheermes', 'scheermesje', 'scheermesjes', 'knife', 'razor', 'blade', 'blades', 'couteau',
    'lame', 'lames',
  ],
  deep: ['diep', 'dieper', 'deep', 'deeper', 'profond', 'profondement'],
  jump: [
    'springen', 'spring', 'sprong', 'gooien', 'gooi', 'werpen', 'liggen', 'jump', 'jumping', 'throw', 'sauter', 'saute',
    'jeter', 'jette',
  ],
  /** Places to jump from or in front of; the Albert Canal runs through Hasselt. */
  place: [
    'brug', 'trein', 'spoor', 'sporen', 'dak', 'flat', 'gebouw', 'raam', 'kanaal', 'albertkanaal', 'water', 'rivier',
    'bridge', 'train', 'roof', 'building', 'window', 'pont', 'toit', 'fenetre', 'immeuble', 'metro',
  ],
  /** Saving up pills is a plan. */
  save: ['gespaard', 'sparen', 'spaar', 'verzameld', 'verzamel', 'saved', 'saving', 'hoarding', 'stockpiling'],
  attempt: ['poging', 'pogingen', 'attempt', 'attempted', 'tentative'],
  /** Hurting the head against a wall. */
  hit: ['bonk', 'bonken', 'bonzen', 'slaan', 'sla', 'bang', 'banging', 'hit', 'hitting', 'frappe', 'cogne'],
  head: ['hoofd', 'kop', 'head', 'tete'],
  wall: ['muur', 'wall', 'mur'],
  /** Standing on a bridge, a roof, the tracks. */
  stand: ['sta', 'staan', 'stand', 'standing', 'suis'],
  pills: [
    'pillen', 'pil', 'pilletjes', 'slaappillen', 'slaapmiddel', 'slaapmiddelen', 'medicijnen', 'medicatie', 'medicament',
    'medicaments', 'paracetamol', 'dafalgan', 'pills', 'meds', 'pilules', 'cachets', 'tabletten',
  ],
  /** Pills in the plural: one "pil genomen" is as often the morning-after pill. */
  manyPills: [
    'pillen', 'pilletjes', 'slaappillen', 'medicijnen', 'tabletten', 'paracetamol', 'dafalgan', 'pills', 'meds',
    'pilules', 'cachets', 'medicaments',
  ],
  swallowed: ['geslikt', 'ingenomen', 'genomen', 'gepakt', 'opgegeten', 'took', 'taken', 'swallowed', 'pris', 'avale'],
  allOf: ['alle', 'al', 'all', 'tous', 'toutes', 'heel', 'hele'],
  tooMany: ['teveel', 'toomany', 'toomuch', 'trop'],
  lethal: ['dodelijk', 'dodelijke', 'lethal', 'lethale', 'letale', 'mortel', 'mortelle', 'fatal', 'fatale'],
  howMuch: ['hoeveel', 'howmany', 'howmuch', 'combien'],
  dose: ['dosis', 'dose'],
  painless: ['pijnloos', 'pijnloze', 'painless', 'painlessly', 'sansdouleur'],

  // --- Others are better off ---
  better: ['beter', 'better', 'mieux', 'gelukkiger', 'happier', 'makkelijker'],
  without: ['zonder', 'without', 'sans'],
  nobody: ['niemand', 'nobody', 'noone', 'personne'],
  miss: [
    'missen', 'mist', 'miss', 'merken', 'care', 'manquer', 'manquerait', 'manquerais', 'regretter', 'regretterait',
    'regretterais',
  ],
  let: ['laat', 'let'],
} satisfies Record<string, string[]>;

export type CrisisConcept = keyof typeof CRISIS_CONCEPTS;

export interface CrisisPattern {
  /** All of these must appear. One concept alone makes a crisis word. */
  concepts: CrisisConcept[];
  /** The words they must fit in, first to last (default 5). */
  window?: number;
  /** Only a crisis when every other word of the search is a filler word. */
  alone?: boolean;
}

// Above each pattern, a comment says what it catches and, in brackets, what it must not. A comment, not
// a field: a field would ship to every phone for nothing.

export const CRISIS_PATTERNS: CrisisPattern[] = [
  // zelfmoord, suïcide, kms, unalive, afscheidsbrief: a crisis on their own
  { concepts: ['suicide'] },
  // zelfverwonding, self harm, automutilation: a crisis on their own
  { concepts: ['selfHarm'] },
  // an overdose needs 112 whatever the intent
  { concepts: ['overdose'] },

  // Wanting to die.
  // "ik wil dood", "dood wil ik", "je veux mourir", "i want to be dead", "ik hoop dat ik dood ga"
  { concepts: ['want', 'die'], window: 4 },
  // "dood", "doodgaan", "sterven" typed on their own (not "mijn opa is dood": "is dood" is an everyday phrase)
  { concepts: ['die'], alone: true },
  // "ik denk de hele tijd aan doodgaan", "je pense à mourir"
  { concepts: ['think', 'die'], window: 6 },
  // "als ik dood ben is iedereen blij", "ze zijn beter af als ik dood ben"
  { concepts: ['die', 'happy'], window: 7 },
  // "i want to die", "i wanna die", "i wish i could die"
  { concepts: ['wantEn', 'dieEn'], window: 4 },
  // "let me die"
  { concepts: ['let', 'me', 'dieEn'], window: 3 },
  // "ik ben liever dood", "i'd rather be dead", "plutôt mourir"
  { concepts: ['rather', 'die'], window: 4 },
  // "niemand zou het merken als ik dood was", "nobody would care if i died"
  { concepts: ['nobody', 'die'], window: 8 },
  // "pijnloos doodgaan"
  { concepts: ['painless', 'die'], window: 4 },
  // "painless way to die"
  { concepts: ['painless', 'dieEn'], window: 4 },

  // Not wanting to live or exist.
  // "niet meer leven", "nie meer leve", "je ne veux plus vivre", "don't want to live anymore"
  { concepts: ['not', 'more', 'live'], window: 5 },
  // "i don't want to live", "ik wil niet leven", "pas envie de vivre"
  { concepts: ['want', 'not', 'live'], window: 6 },
  // "ik wil niet meer bestaan", "i wish i didn't exist", "je ne veux plus exister"
  { concepts: ['not', 'exist'], window: 5 },
  // "ik wou dat ik er niet was"
  { concepts: ['want', 'er', 'not', 'be'], window: 6 },
  // "ik wil er niet meer zijn", "als ik er niet meer was"
  { concepts: ['er', 'not', 'more', 'be'], window: 5 },
  // "i don't want to be here anymore", "ik wil hier niet meer zijn", "je ne veux plus être là"
  { concepts: ['not', 'more', 'here', 'be'], window: 6 },
  // "ik wou dat ik nooit geboren was", "i wish i was never born"
  { concepts: ['not', 'born'], window: 4 },
  // "ik wil naar de hemel", "ik wil bij opa in de hemel zijn" (not "is opa in de hemel")
  { concepts: ['want', 'heaven'], window: 5 },
  // "verdwijnen", "gewoon verdwijnen" (not "mijn vriend is verdwenen")
  { concepts: ['disappear'], alone: true },
  // "ik wil verdwijnen", "je veux disparaître", "i want to disappear"
  { concepts: ['want', 'disappear'], window: 4 },
  // "nobody would care if i was gone", "niemand zou het merken als ik verdwijn"
  { concepts: ['nobody', 'disappear'], window: 8 },
  // "ik wil weg", said and nothing else (not "ik wil weg van thuis")
  { concepts: ['want', 'away'], alone: true },
  // "ik wil weg uit deze wereld", "deze wereld verlaten", "leave this world", "quitter ce monde"
  { concepts: ['away', 'world'], window: 4 },
  { concepts: ['leave', 'world'], window: 4 },

  // No point, no reason.
  // "geen zin meer om te leven", "no reason to live", "ma vie n'a pas de sens"
  { concepts: ['not', 'reason', 'live'], window: 6 },
  // "what's the point of living"
  { concepts: ['why', 'reason', 'live'], window: 5 },
  // "waarom zou ik nog leven", "why keep living"
  { concepts: ['why', 'still', 'live'], window: 5 },
  // "mijn leven is zinloos", "life is pointless", "à quoi bon vivre"
  { concepts: ['pointless', 'live'], window: 5 },
  // With "meer" or "nog": "niks zin" and "geen zin" alone are feeling low, a theme of their own.
  // "het heeft allemaal geen zin meer"
  { concepts: ['not', 'reason', 'more'], alone: true },
  // "niks heeft nog zin"
  { concepts: ['not', 'reason', 'still'], alone: true },
  // "alles is zinloos"
  { concepts: ['pointless'], alone: true },
  // "life isn't worth living", "het leven is niks waard", "la vie ne vaut pas la peine"
  { concepts: ['live', 'not', 'worth'], window: 5 },
  // "ik kan zo niet meer leven", "i can't live like this"
  { concepts: ['not', 'live', 'likeThis'], window: 5 },
  // "ik heb geen toekomst", "no future"
  { concepts: ['not', 'future'], alone: true },
  // "ik zie geen uitweg meer", "no way out", "pas d'issue"
  { concepts: ['not', 'wayOut'], window: 4 },
  // "ik ben een last voor iedereen", "i'm a burden", "je suis de trop" (not "ik heb last van")
  { concepts: ['be', 'burden'], window: 3 },
  // "ik verdien het niet om te leven", "i don't deserve to live"
  { concepts: ['deserve', 'live'], window: 6 },
  // "la vie ne sert à rien"
  { concepts: ['live', 'serve', 'nothing'], window: 5 },
  // "ik ben het leven moe", "klaar met het leven", "tired of living", "marre de vivre"
  { concepts: ['tired', 'live'], window: 5 },

  // "Het niet meer zien zitten", not coping, giving up.
  // "ik zie het niet meer zitten", "k zie t ni mr zitte" (not "ik zie het niet zitten om naar school te gaan")
  { concepts: ['see', 'not', 'more', 'sit'], window: 6 },
  // "ik kan niet meer", "ik kan het niet meer aan", "i can't do this anymore" (not "ik kan niet meer slapen")
  { concepts: ['can', 'not', 'more'], alone: true },
  // "ik wil gewoon niet meer" (not "ik wil niet meer naar school")
  { concepts: ['want', 'not', 'more'], alone: true },
  // "ik hou het niet meer vol"
  { concepts: ['hold', 'not', 'more'], alone: true },
  // "ik kan niet meer verder", "i can't go on", "je ne peux plus continuer"
  { concepts: ['can', 'not', 'further'], window: 5 },
  // "ik wil niet meer verder"
  { concepts: ['not', 'more', 'further'], alone: true },
  // "het hoeft voor mij niet meer", "ik hoef niet meer"
  { concepts: ['need', 'not', 'more'], alone: true },
  // "ik heb er genoeg van", "i've had enough", "j'en ai assez"
  { concepts: ['enough'], alone: true },
  // "ik ben ermee klaar", said and nothing else
  { concepts: ['done', 'ermee'], alone: true },
  // "ik ben er klaar mee" ("mee" is a filler word), said and nothing else
  { concepts: ['done', 'er'], alone: true },
  // "ik ben klaar met alles", "so done with everything"
  { concepts: ['done', 'all'], window: 4 },
  // "ik geef het op", "i give up" (not "ik geef op voor een kamp")
  { concepts: ['give', 'up'], alone: true },
  // "i give up on life"
  { concepts: ['give', 'up', 'live'], window: 5 },
  // "j'abandonne", "opgeven", said and nothing else
  { concepts: ['abandon'], alone: true },

  // Ending it.
  // "er een einde aan maken", "ik maak er een eind aan"
  { concepts: ['er', 'end', 'make'], window: 6 },
  // "mijn leven beëindigen", "end my life", "mettre fin à ma vie"
  { concepts: ['end', 'live'], window: 5 },
  // "end it all", "een einde aan alles", "en finir avec tout"
  { concepts: ['end', 'all'], window: 4 },
  // "i want to end it", said and nothing else (not "end it with my boyfriend")
  { concepts: ['end', 'it'], alone: true },
  // "je veux en finir"
  { concepts: ['en', 'finir'], window: 2 },
  // "ik wil stoppen met leven", "stop living"
  { concepts: ['stop', 'live'], window: 4 },
  // "ik wil stoppen met ademen"
  { concepts: ['stop', 'breathe'], window: 4 },
  // "ik wil dat het ophoudt", "ik wil stoppen" (not "stoppen met roken")
  { concepts: ['want', 'stop'], alone: true },
  // "ik wil stoppen met alles" (not "stoppen met roken")
  { concepts: ['stop', 'all'], alone: true },
  // "ik wil ermee stoppen", "ik stop ermee"
  { concepts: ['ermee', 'stop'], alone: true },

  // Not waking up.
  // "nooit meer wakker worden", "ne plus me réveiller"
  { concepts: ['not', 'more', 'wake'], window: 5 },
  // "i don't want to wake up", "ik hoop dat ik niet wakker word"
  { concepts: ['want', 'not', 'wake'], window: 6 },
  // "voor altijd slapen", "sleep forever", "dormir pour toujours"
  { concepts: ['sleep', 'forever'], window: 4 },

  // Others better off.
  // "iedereen is beter af zonder mij", "better off without me", "mieux sans moi"
  { concepts: ['better', 'without', 'me'], window: 6 },
  // "niemand zou me missen", "no one would miss me"
  { concepts: ['nobody', 'miss', 'me'], window: 5 },

  // Hurting oneself.
  // "ik snij mezelf", "mezelf pijn doen", "hurt myself", "ik brand mezelf"
  { concepts: ['harm', 'myself'], window: 4 },
  // "ik snij me", "ik heb me weer gesneden", "je me coupe"
  { concepts: ['i', 'cut', 'me'], window: 4 },
  // "snijden in mijn polsen", "krassen op mijn arm", "cut my wrists", "couper les veines"
  { concepts: ['cut', 'body'], window: 5 },
  // "een mesje in mijn arm", "razor on my wrist"
  { concepts: ['knife', 'body'], window: 5 },
  // "mezelf met een mes snijden"
  { concepts: ['knife', 'myself'], window: 5 },
  // "hoe diep moet je snijden"
  { concepts: ['cut', 'deep'], window: 4 },
  // "snijden", "krassen", "ik snij soms": on a help site, typed alone, this is self-harm
  { concepts: ['cut'], alone: true },
  // "me faire du mal", "je me fais du mal" (not "je me sens mal")
  { concepts: ['me', 'doFr', 'mal'], window: 4 },
  // "ik doe mezelf iets aan"
  { concepts: ['me', 'iets', 'aan'], window: 4 },
  // "mijn hoofd tegen de muur bonken"
  { concepts: ['hit', 'head', 'wall'], window: 6 },
  // "mezelf iets aandoen", "mij iets aan te doen"
  { concepts: ['iets', 'aandoen'], window: 4 },

  // Methods.
  // "mezelf vermoorden", "kill myself", "mezelf ophangen", "drown myself"
  { concepts: ['kill', 'myself'], window: 4 },
  // "ik wil me doden", "je veux me tuer", "je vais me pendre"
  { concepts: ['intend', 'kill', 'me'], window: 5 },
  // "me van kant maken" (to kill oneself)
  { concepts: ['vanKant', 'make'], window: 4 },
  // "me ophangen", "ik hang me op", "me pendre" (not "een poster ophangen")
  { concepts: ['hang', 'me'], window: 3 },
  // "van een brug springen", "voor de trein springen", "jump off a bridge", "sauter d'un pont"
  { concepts: ['jump', 'place'], window: 5 },
  // "ik ga springen", "i'm going to jump"
  { concepts: ['intend', 'jump'], alone: true },
  // "ik sta op de brug", "standing on the roof"
  { concepts: ['stand', 'place'], window: 4 },
  // "kill me", "tue-moi", said and nothing else
  { concepts: ['kill', 'me'], alone: true },
  // "ik heb een poging gedaan" (not "een poging om te stoppen met roken")
  { concepts: ['attempt'], alone: true },
  // "ik heb pillen gespaard"
  { concepts: ['pills', 'save'], window: 5 },
  // "strop", "how to tie a noose"
  { concepts: ['noose'] },
  // "beste manier om dood te gaan", "pijnloze manier om te sterven"
  { concepts: ['way', 'die'], window: 5 },
  // "best way to die"
  { concepts: ['way', 'dieEn'], window: 5 },
  // "hoeveel pillen om dood te gaan", "pilules pour mourir"
  { concepts: ['pills', 'die'], window: 7 },
  // "how many pills to die"
  { concepts: ['pills', 'dieEn'], window: 7 },
  // "alle pillen innemen", "al mijn pillen", "toutes les pilules"
  { concepts: ['allOf', 'pills'], window: 3 },
  // "te veel pillen genomen", "too many pills"
  { concepts: ['tooMany', 'pills'], window: 3 },
  // "ik heb pillen geslikt", "took pills": an overdose may be under way, 112 belongs on top
  { concepts: ['manyPills', 'swallowed'], window: 4 },
  // "dodelijke dosis", "lethal dose"
  { concepts: ['lethal', 'dose'], window: 4 },
  // "hoeveel paracetamol is dodelijk"
  { concepts: ['lethal', 'howMuch'], window: 6 },
  // "dodelijke pillen"
  { concepts: ['lethal', 'pills'], window: 5 },
];

/**
 * Words that may stand next to an `alone` pattern without making it everyday speech: "ik wil gewoon
 * echt niet meer" is still "ik wil niet meer". They also help split words typed together ("ikwilgewoondood").
 */
export const FILLER_WORDS = [
  'ik', 'k', 'ikke', 'i', 'im', 'je', 'j', 'me', 'mij', 'mezelf', 'myself', 'moi', 'het', 't', 'er', 'der', 'da', 'dat',
  'it', 'this', 'that', 'wil', 'wilt', 'wou', 'want', 'wanna', 'to', 'do', 'am', 'ben', 'heb', 'have', 'ai', 'n', 'ne',
  'en', 'gewoon', 'gwn', 'echt', 'eigenlijk', 'really', 'just', 'so', 'zo', 'nu', 'now', 'soms', 'vaak', 'weer',
  'altijd', 'al', 'allemaal', 'helemaal', 'ook', 'wel', 'toch', 'maar', 'dan', 'meer', 'nie', 'ni', 'niet', 'aan',
  'vol', 'mee', 'met', 'ermee', 'vandaag', 'vanavond', 'morgen', 'help', 'hulp', 'aide', 'pls', 'plz', 'please',
  'lol', 'ofzo', 'mn', 'mijn', 'my', 'go', 'ga', 'can', 'kan', 'anymore', 'up', 'op', 'plus', 'gaan', 'zelf',
  'm', 's', 'd', 'll', 'gonna', 'going', 'veux', 'vais', 'que', 'een', 'a', 'heeft', 'nog', 'voor', 'van', 'ervan',
  'is', 'gedaan', 'ooit', 'elke', 'dag', 'dagen', 'week', 'weken', 'maand', 'maanden', 'jaar', 'jaren', 'sinds',
  'lang', 'had', 've', 'already', 'deja', 'tout', 'alles', 'graag', 'liefst', 'tonight', 'today', 'fr', 'ce', 'soir',
];

/**
 * Everyday phrases that use a crisis word in its everyday sense: their words are skipped before the
 * patterns are matched. "de dood van mijn opa" is grief; "ik ga dood van de stress" a way of speaking.
 * Exact words, in order, as normalizeText() writes them.
 */
export const EVERYDAY_PHRASES = ['dood van', 'is dood', 'was dood', 'gaat dood', 'ging dood', 'dood gaat', 'dood gegaan', 'gingen dood'];

/**
 * Short forms that are only matched exactly: forgiving one typo would catch everyday words ("strop"
 * is a noose, "stop" and "trop" are not).
 */
export const EXACT_ONLY = ['strop'];

/**
 * Ordinary words one typo away from a crisis word: typed, they only match themselves. "ik wil niet meer
 * leren" is about school, not "leven".
 */
export const NOT_TYPOS = ['leren', 'lezen', 'even', 'geven', 'beven', 'heven', 'lenen', 'leden', 'lieven', 'sterren', 'steven', 'dromen', 'wonen', 'snijwonde'];
