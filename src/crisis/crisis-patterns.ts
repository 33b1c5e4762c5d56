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
 *   is, "ik kan niet meer slapen" is not. Every word of the search must then be a filler word
 *   (FILLER_WORDS) or belong to an `alone` pattern that was found: "ik ben klaar met alles, ik kan niet
 *   meer" is two of them.
 *
 * To extend: add the word form to a concept (most misses are a missing form), or add a pattern with a
 * comment that says what it catches and, in brackets after "not", what it must not. Every quoted example
 * in those comments is tested (crisis-detection.test.ts). Add the phrasing you saw to
 * tests/crisis/crisis-phrasings.txt, and when you touch a common word, an everyday search that uses it to
 * tests/crisis/ordinary-searches.txt; `npx vitest run src/search` then tells you what your change catches
 * and what it costs. Recall comes first: a missed crisis can cost a life, a false alarm costs a line of
 * screen.
 */

export const CRISIS_CONCEPTS = {
  // --- Words that are a crisis on their own ---
  /** Suicide, its slang (kms = kill myself, unalive, sewerslide: TikTok words that dodge filters) and its traces. */
  suicide: [
    'zelfmoord',
    'zelfdoding',
    'zelfmoorden',
    'suicide',
    'suicidaal',
    'suicidale',
    'suicidal',
    'suicidaire',
    'suicider',
    'suicidegedachten',
    'doodswens',
    'doodsgedachten',
    'deathwish',
    'levensmoe',
    'levensmoede',
    'levensmoeheid',
    'afscheidsbrief',
    'afscheidsbericht',
    'suicidenote',
    'kms',
    'kys',
    'unalive',
    'sewerslide',
    'selfdelete',
  ],
  /** "zm", text speak for zelfmoord: only with a word around it that says so, or on its own. */
  zm: ['zm', 'zmgedachten', 'zmgedachtes', 'zmpoging'],
  /** Self-harm, by its names in three languages. */
  selfHarm: [
    'zelfverwonding',
    'zelfverwonden',
    'zelfbeschadiging',
    'zelfbeschadigen',
    'zelfverminking',
    'automutilatie',
    'automutilation',
    'selfharm',
    'selfharming',
    'selfinjury',
    'scarifier',
    'scarifie',
    'scarification',
  ],
  /**
   * "Cutten", the Flemish youth word for cutting oneself: a crisis word wherever it stands. Not "cutte":
   * with repeats squeezed it is "cute".
   */
  cutSlang: ['cutten', 'gecut', 'gecutted', 'gecutten'],
  /** An overdose is an emergency whatever the intent: 112 belongs on top. */
  overdose: ['overdosis', 'overdose', 'overdoseren', 'overdoser'],
  /** Unconscious: an emergency whatever the cause, 112 belongs on top. */
  unconscious: ['bewusteloos', 'bewustloos', 'unconscious', 'inconscient', 'inconsciente'],
  /** Breathing, for "ademt niet": not "reageert niet", which is mostly about messages. */
  breathes: ['ademt', 'ademen', 'ademde', 'breathing', 'breathe', 'respire'],

  // --- Wanting, intending ---
  /** Wanting or wishing; "hoop" because "ik hoop dat ik niet meer wakker word" is a wish, "verlang" for "ik verlang naar de dood". */
  want: [
    'wil',
    'wilt',
    'wille',
    'willen',
    'wl',
    'wou',
    'woude',
    'wouden',
    'kwil',
    'kwou',
    'wilde',
    'wens',
    'hoop',
    'verlang',
    'want',
    'wanna',
    'wants',
    'wanted',
    'wish',
    'hope',
    'veux',
    'voudrais',
    'voudrait',
    'envie',
  ],
  /** English wanting, kept apart because Dutch "ik wil die…" (that one) must not read as "die". */
  wantEn: ['want', 'wanna', 'wants', 'wish', 'ready', 'gonna', 'going', 'tryna'],
  /** Going to do it: only with a method, because "ik ga dood van de stress" is a way of speaking. */
  intend: [
    'wil',
    'wilt',
    'willen',
    'wou',
    'kwil',
    'ga',
    'gaan',
    'kga',
    'want',
    'wanna',
    'gonna',
    'going',
    'veux',
    'vais',
    'voudrais',
    'envie',
  ],
  /** Would rather. */
  rather: ['liever', 'rather', 'prefer', 'plutot', 'prefere', 'prefererais'],
  /** "Was ik maar dood", "if only I were dead", "si seulement j'étais mort". */
  ifOnly: ['maar', 'only', 'seulement'],
  /** Ready (to die): "ik ben klaar om te sterven". */
  ready: ['klaar', 'ready', 'pret', 'prete'],
  soThat: ['zodat', 'opdat'],

  // --- Dying, living, existing ---
  /**
   * Death and dying. Not English "die", which is also a Dutch word ("die" = that), and not "overlijden",
   * one typo from "overleden", which is grief.
   */
  die: [
    'dood',
    'doot',
    'doodgaan',
    'doodgegaan',
    'sterven',
    'sterf',
    'dead',
    'died',
    'dying',
    'ded',
    'mourir',
    'meurs',
    'mort',
    'morte',
    'crever',
    'creve',
    'mourais',
  ],
  /** Thinking about it: "ik denk aan doodgaan", "suicidal thoughts", "je pense à mourir". */
  think: ['denk', 'denken', 'dacht', 'gedachten', 'gedachtes', 'think', 'thinking', 'thoughts', 'pense', 'penser', 'pensees', 'idees'],
  /** Feeling like (dying): English only, Dutch "ik voel die pijn" is "that pain". */
  feelEn: ['feel', 'feeling'],
  /** English "die", only next to English wanting (wantEn) or with "let me", "nobody cares". */
  dieEn: ['die', 'dying', 'dead', 'died'],
  /** Life and living. Not French "vis" (I live): in Dutch it is fish. */
  live: ['leven', 'leve', 'leef', 'levend', 'lvn', 'life', 'live', 'living', 'alive', 'vivre', 'vie', 'vivant'],
  /** Existing, being there. Not "bestaat" ("dat bestaat niet" is everyday speech). */
  exist: ['bestaan', 'besta', 'bestond', 'bestonden', 'exist', 'existing', 'exister', 'existe', 'existeren'],
  /** Being, for "er niet meer zijn". Not "is": "mijn opa is er niet meer" is grief, not a crisis. */
  be: ['zijn', 'ben', 'was', 'waren', 'ware', 'wezen', 'be', 'am', 'm', 'were', 'etre', 'suis', 'etais'],
  here: ['hier', 'here', 'la'],
  er: ['er', 'der', 'dr'],
  born: ['geboren', 'born'],
  /** Disappearing. "weg" only in an `alone` pattern, because "ik wil weg van thuis" is about home. */
  disappear: ['verdwijnen', 'verdwijn', 'disappear', 'vanish', 'gone', 'disparaitre', 'disparaite'],
  /** Gone, disappeared: only wished for ("ik wil verdwenen zijn"); "mijn vriend is verdwenen" is a missing friend. */
  gone: ['verdwenen', 'disparu', 'disparue'],
  away: ['weg', 'away'],
  /** "Af" in "van het leven af willen". */
  off: ['af'],
  /** This world, to leave it: "weg uit deze wereld", "leave this world", "quitter ce monde". */
  world: ['wereld', 'world', 'monde'],
  leave: ['verlaten', 'verlaat', 'leave', 'leaving', 'quitter', 'quitte'],
  wake: ['wakker', 'wake', 'waking', 'reveiller', 'reveille', 'ontwaken'],
  sleep: ['slapen', 'slaap', 'sleep', 'dormir', 'rust', 'rest'],
  forever: ['vooraltijd', 'eeuwig', 'forever', 'pourtoujours'],

  // --- No more, no point ---
  /**
   * Not, no, never, nothing: Flemish "nie"/"ni", Limburgish "neet", text speak "nt", "gn" (geen), "nx"
   * (niks), English contractions (joined by the matcher: "don t" → "dont").
   */
  not: [
    'niet',
    'nie',
    'ni',
    'nt',
    'neet',
    'niks',
    'nix',
    'nx',
    'nks',
    'nieks',
    'niets',
    'geen',
    'gene',
    'gn',
    'nooit',
    'nimmer',
    'nimr',
    'not',
    'no',
    'dont',
    'doesnt',
    'didnt',
    'cant',
    'cannot',
    'never',
    'isnt',
    'arent',
    'wasnt',
    'wont',
    'wouldnt',
    'nothing',
    'ne',
    'pas',
    'plus',
    'jamais',
    'aucun',
    'aucune',
  ],
  /** Any more, any longer. French "plus" is both "not" and "more" ("je ne veux plus vivre"); "nimeer" is both too. */
  more: ['meer', 'mer', 'mr', 'meir', 'nimeer', 'niemeer', 'nimr', 'langer', 'anymore', 'longer', 'more', 'plus'],
  /** Still (in "why would I still live"). */
  still: ['nog', 'still', 'keep', 'encore'],
  why: ['waarom', 'why', 'what', 'whats', 'pourquoi'],
  /** A point, a reason, a meaning. */
  reason: ['zin', 'reden', 'redenen', 'nut', 'point', 'reason', 'reasons', 'sens', 'raison'],
  /** "Heeft" (has), for "niets heeft zin": not "heb", because "ik heb geen zin" is not feeling like it. */
  has: ['heeft', 'heef', 'heft'],
  pointless: ['zinloos', 'nutteloos', 'waardeloos', 'pointless', 'meaningless', 'quoibon'],
  worth: ['waard', 'worth', 'vaut', 'valt'],
  future: ['toekomst', 'future', 'avenir'],
  /** No way out. */
  wayOut: ['uitweg', 'uitwegen', 'wayout', 'issue', 'escape'],
  /** "Het hoeft (voor mij) niet meer". */
  need: ['hoef', 'hoeft', 'hoeven'],
  /** Being a burden ("ik heb last van" is being bothered: "last" only right after "ben"). */
  burden: ['last', 'burden', 'fardeau', 'poids', 'detrop', 'overbodig'],
  /** A burden as felt: "een last" typed apart is joined ("eenlast"), so "last van" alone does not count. */
  aBurden: ['eenlast', 'nelast', 'nenlast', 'burden', 'fardeau', 'detrop', 'overbodig'],
  feel: ['voel', 'voelen', 'voelt', 'feel', 'feeling', 'sens', 'sent'],
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
  /** "Ik heb het gehad" (I have had it). */
  hadIt: ['gehad'],
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
  can: ['kan', 'kun', 'kin', 'can', 'cant', 'cannot', 'peux', 'peut'],
  /** Bearing it: "i can't take it anymore". */
  take: ['take', 'handle', 'bear', 'supporter', 'supporte'],
  /** Holding on ("ik hou het niet meer vol"). */
  hold: ['hou', 'houd', 'volhouden', 'volhoud', 'aan', 'trek', 'trekt'],
  further: ['verder', 'continuer', 'goon', 'carryon'],
  give: ['geef', 'give', 'giving'],
  up: ['op', 'up'],
  abandon: ['abandonne', 'opgeven'],

  // --- Ending it, saying goodbye ---
  /** Ending; "beroven" for "mezelf van het leven beroven". */
  end: ['einde', 'eind', 'beeindigen', 'beeindig', 'beroven', 'end', 'ending', 'fin', 'finir', 'terminer'],
  /** Ending as a verb, for "end it": "het einde van het jaar" is not ending anything. */
  endVerb: ['beeindigen', 'beeindig', 'end', 'finir', 'terminer'],
  /** The end, as a noun: "dit is het einde". */
  endNoun: ['einde', 'eind', 'end', 'fin'],
  this: ['dit', 'this', 'cest', 'ceci'],
  /** French "mes jours" in "mettre fin à mes jours". */
  days: ['jours'],
  /** "Mijn laatste dag". Not English "last" alone: Dutch "last" is trouble ("ik heb elke dag last"). */
  last: ['laatste', 'dernier', 'derniere'],
  /** English "last day", "last night", typed apart and joined by the matcher. */
  lastDay: ['lastday', 'lastnight'],
  dayTime: ['dag', 'avond', 'nacht', 'day', 'night', 'jour', 'soir', 'nuit'],
  /** Saying goodbye. Not "afscheid" alone: "afscheid nemen van mijn oma" is grief. */
  farewell: ['vaarwel', 'farewell', 'adieu', 'goodbye'],
  /** "Bye" only to everyone or the world: typed alone it is as often a greeting. */
  bye: ['bye', 'byebye', 'doei'],
  farewellNoun: ['afscheid'],
  takeNl: ['neem', 'nemen', 'neemt'],
  say: ['zeg', 'zeggen', 'say', 'saying', 'dis', 'dire'],
  everyone: ['iedereen', 'allemaal', 'everyone', 'everybody', 'toutlemonde'],
  letter: ['brief', 'briefje', 'bericht', 'berichtje', 'letter', 'note', 'lettre', 'message', 'mot'],
  all: ['alles', 'allemaal', 'all', 'everything', 'tout'],
  it: ['it', 'het', 't', 'ermee'],
  en: ['en'],
  finir: ['finir'],
  make: ['maken', 'maak', 'maakt', 'maakn', 'breien', 'make'],
  /** "Ophouden" only exactly (EXACT_ONLY): its typos are "onthouden", "volhouden", "opbouwen". */
  stop: ['stoppen', 'stop', 'stopt', 'ophouden', 'ophoude', 'ophoudt', 'arreter', 'arrete'],
  breathe: ['ademen', 'adem', 'breathe', 'breathing', 'respirer'],
  ermee: ['ermee', 'dermee'],
  /** Stepping out (of life): "eruit stappen", "uit het leven stappen". */
  eruit: ['eruit', 'deruit', 'druit'],
  out: ['uit', 'out'],
  step: ['stappen', 'stap', 'stapt', 'gestapt', 'step'],
  /** French "me foutre en l'air" (to kill oneself). */
  foutre: ['foutre', 'fous', 'fout'],
  air: ['air'],

  // --- Hurting oneself ---
  /** Cutting and scratching: the most common self-harm, and the words young people use for it. */
  cut: [
    'snij',
    'snijd',
    'snijdt',
    'snijden',
    'snijde',
    'sneed',
    'sneden',
    'gesneden',
    'doorsnijden',
    'kras',
    'krassen',
    'krast',
    'gekrast',
    'krab',
    'krabben',
    'gekrabd',
    'kerf',
    'kerft',
    'kerven',
    'gekerfd',
    'cut',
    'cuts',
    'cutting',
    'couper',
    'coupe',
    'entaille',
    'scarifie',
    'mutile',
    'mutiler',
  ],
  /** Hurting in general; with "mezelf" it is self-harm ("ik doe mezelf pijn", "hurt myself"). */
  harm: [
    'snij',
    'snijd',
    'snijdt',
    'snijden',
    'kras',
    'krassen',
    'krab',
    'krabben',
    'pijn',
    'pijndoen',
    'verwond',
    'verwonden',
    'verwonding',
    'kwetsen',
    'beschadigen',
    'branden',
    'brand',
    'verbrand',
    'verbranden',
    'slaan',
    'sla',
    'straffen',
    'hurt',
    'hurting',
    'harm',
    'harming',
    'burn',
    'burning',
    'cut',
    'cutting',
    'cutten',
    'punish',
    'blesser',
    'aandoen',
    'mutile',
    'mutiler',
  ],
  /** Oneself, unmistakably; also when a friend is worried about someone else ("ze snijdt zichzelf", "kill yourself"). */
  myself: ['mezelf', 'mijzelf', 'mezelve', 'zichzelf', 'jezelf', 'myself', 'yourself', 'himself', 'herself', 'themselves', 'moimeme'],
  /** Me, also as object ("ik snij me", "je me coupe"); used only together with another sign of self. */
  me: ['me', 'mij', 'm', 'moi', 'zich', 'mezelf', 'mijzelf', 'myself', 'zichzelf'],
  /**
   * "Mee" in "ik ben er klaar mee" ("ik ben er klaar voor" is being ready). After `me`: with repeats
   * squeezed "mee" is "me", and a form keeps the spelling it was first listed with.
   */
  mee: ['mee'],
  i: ['ik', 'k', 'ikke', 'ich', 'i', 'im', 'je', 'j'],
  scars: ['litteken', 'littekens', 'scar', 'scars', 'cicatrice', 'cicatrices'],
  relapse: ['relapse', 'relapsed', 'herval', 'hervallen', 'terugval', 'rechute'],
  /** Knowing (that I cut): "niemand weet dat ik snij". */
  know: ['weten', 'weet', 'know', 'knows'],
  /** "Dat ik snij", "omdat ik kras": in a Dutch clause the verb comes last. */
  that: ['dat', 'omdat', 'sinds'],
  /** French "faire du mal" (to hurt). */
  doFr: ['faire', 'fais', 'fait'],
  mal: ['mal'],
  iets: ['iets', 'iet', 'wa', 'wat'],
  /** "Iets aandoen" (to do something to), also written apart: "aan doen", "aan te doen". */
  aandoen: ['aandoen', 'aandoe', 'aantedoen', 'aangedaan'],
  aan: ['aan'],
  /** Body parts where young people cut. */
  body: [
    'arm',
    'armen',
    'pols',
    'polsen',
    'been',
    'benen',
    'dij',
    'dijen',
    'bovenbenen',
    'huid',
    'buik',
    'wrist',
    'wrists',
    'arms',
    'legs',
    'thighs',
    'skin',
    'veines',
    'poignet',
    'poignets',
    'bras',
  ],

  // --- Methods ---
  kill: [
    'doden',
    'dood',
    'doodmaken',
    'vermoorden',
    'vermoord',
    'ombrengen',
    'afmaken',
    'kill',
    'killing',
    'tuer',
    'tue',
    'verdrinken',
    'neerschieten',
    'schieten',
    'doodschieten',
    'doodsteken',
    'doodrijden',
    'vergiftigen',
    'shoot',
    'drown',
    'noyer',
    'ophangen',
    'verhangen',
    'hang',
    'pendre',
  ],
  /** English "off" in "off myself" (not in `kill`: "i'm going off" is leaving). */
  offEn: ['off'],
  /**
   * Dying by a method, said of oneself: "ik wil verdrinken", "ik wil verhongeren". Matched exactly
   * (EXACT_ONLY), also in `kill` and `hang`: their typos are everyday verbs ("verlangen", "vervangen",
   * "verdringen", "overleven", "overleden"). So the Flemish forms without the final n are listed. Not
   * "overreden": it is also persuaded ("ik wil mijn ouders overreden").
   */
  method: [
    'verdrinken',
    'verdrinke',
    'verdrink',
    'verhangen',
    'verhange',
    'verhongeren',
    'verhongere',
    'uithongeren',
    'doodhongeren',
    'doodrijden',
    'doodrijde',
    'doodbloeden',
    'doodbloede',
    'doodvriezen',
    'overrijden',
    'aangereden',
    'verstikken',
    'vergiftigen',
    'drown',
    'drowning',
    'starve',
    'noyer',
  ],
  /** "Van kant maken" (to kill): typed apart, the matcher joins it to "vankant". */
  vanKant: ['vankant'],
  hang: [
    'ophangen',
    'ophange',
    'ophang',
    'opknopen',
    'opknoop',
    'knoop',
    'verhangen',
    'verhang',
    'verhangt',
    'hang',
    'hanging',
    'pendre',
    'pends',
  ],
  /** A noose is a plan. */
  noose: ['strop', 'noose'],
  /** Not "koord": a cord round the neck is as often a necklace. */
  rope: ['touw', 'rope', 'corde'],
  neck: ['nek', 'hals', 'neck', 'cou'],
  /** Blades young people use to cut. */
  knife: [
    'mes',
    'mesje',
    'mesjes',
    'scheermes',
    'scheermesje',
    'scheermesjes',
    'knife',
    'razor',
    'blade',
    'blades',
    'couteau',
    'lame',
    'lames',
  ],
  deep: ['diep', 'dieper', 'deep', 'deeper', 'profond', 'profondement'],
  jump: ['springen', 'spring', 'sprong', 'jump', 'jumping', 'sauter', 'saute'],
  /** Throwing oneself, lying down: only with a place ("ik ga liggen" is resting, "ik wil beter" is not "jeter"). */
  throw: ['gooien', 'gooi', 'werpen', 'liggen', 'throw', 'jeter', 'jette'],
  /** Places to jump from or in front of, or to stand on; the Albert Canal runs through Hasselt. */
  place: [
    'brug',
    'trein',
    'spoor',
    'sporen',
    'dak',
    'flat',
    'gebouw',
    'raam',
    'kanaal',
    'albertkanaal',
    'water',
    'rivier',
    'bridge',
    'train',
    'roof',
    'building',
    'window',
    'pont',
    'toit',
    'fenetre',
    'immeuble',
    'metro',
  ],
  /** Places only to jump from or onto: "ik sta op het perron" is waiting for a train. */
  /** Not "toren": one typo from "voren", "horen", and "voor een" joined. */
  jumpPlace: [
    'perron',
    'platform',
    'quai',
    'rails',
    'snelweg',
    'autosnelweg',
    'highway',
    'autoroute',
    'balkon',
    'balcony',
    'balcon',
    'klif',
    'cliff',
    'falaise',
  ],
  /** Things that run you over. */
  vehicle: ['trein', 'auto', 'bus', 'vrachtwagen', 'camion', 'tram', 'metro', 'wagen', 'train', 'car', 'truck', 'lorry', 'voiture'],
  under: ['onder', 'under', 'sous'],
  /** In front of: "voor" only with wanting and walking ("een abonnement voor de bus" is not). */
  front: ['voor', 'front', 'devant'],
  inFront: ['front', 'devant'],
  /** English only: "ik ben bang om in het verkeer te lopen" is not. */
  traffic: ['traffic'],
  walk: ['lopen', 'loop', 'stappen', 'stap', 'wandelen', 'rennen', 'walk', 'step', 'run', 'marcher'],
  /** Saving up pills is a plan. */
  save: ['gespaard', 'sparen', 'spaar', 'verzameld', 'verzamel', 'saved', 'saving', 'hoarding', 'stockpiling'],
  attempt: ['poging', 'pogingen', 'attempt', 'attempted', 'tentative'],
  /** Committing it ("zm plegen"). */
  commit: ['plegen', 'pleeg', 'pleegt', 'commit'],
  /** Hurting the head against a wall. */
  hit: ['bonk', 'bonken', 'bonzen', 'slaan', 'sla', 'bang', 'banging', 'hit', 'hitting', 'frappe', 'cogne'],
  head: ['hoofd', 'kop', 'head', 'tete'],
  wall: ['muur', 'wall', 'mur'],
  /** Standing on a bridge, a roof, the tracks. */
  stand: ['sta', 'staan', 'stand', 'standing', 'suis'],
  pills: [
    'pillen',
    'pil',
    'pilletjes',
    'slaappillen',
    'slaapmiddel',
    'slaapmiddelen',
    'medicijnen',
    'medicatie',
    'medicament',
    'medicaments',
    'paracetamol',
    'dafalgan',
    'pills',
    'meds',
    'pilules',
    'cachets',
    'tabletten',
  ],
  /** Pills in the plural: one "pil genomen" is as often the morning-after pill. */
  manyPills: [
    'pillen',
    'pilletjes',
    'slaappillen',
    'medicijnen',
    'tabletten',
    'paracetamol',
    'dafalgan',
    'pills',
    'meds',
    'pilules',
    'cachets',
    'medicaments',
  ],
  /** Swallowed: not as prescribed. */
  swallowed: ['geslikt', 'ingeslikt', 'gepakt', 'opgegeten', 'swallowed', 'avale'],
  /** Taken: "ik heb mijn pillen genomen" is as prescribed, so only with how many. */
  taken: ['genomen', 'ingenomen', 'took', 'taken', 'pris'],
  /** A lot of (pills). "Hoop" only joined ("een hoop"): "ik hoop dat" is a wish. */
  lotOf: ['veel', 'heleboel', 'eenhoop', 'nenhoop', 'handvol', 'doos', 'bunch', 'handful', 'lot', 'lots', 'beaucoup', 'boite'],
  /**
   * All of (my pills). "Al" only joined to "mijn" ("al mijn pillen"): "mijn pillen al genomen" is already.
   * English "all" likewise ("all my pills"): with repeats squeezed, "all" is "al".
   */
  allOf: ['alle', 'almijn', 'alme', 'almn', 'allmy', 'allthe', 'allof', 'tous', 'toutes', 'heel', 'hele'],
  tooMany: ['teveel', 'toomany', 'toomuch', 'trop'],
  lethal: ['dodelijk', 'dodelijke', 'lethal', 'lethale', 'letale', 'mortel', 'mortelle', 'fatal', 'fatale'],
  howMuch: ['hoeveel', 'howmany', 'howmuch', 'combien'],
  dose: ['dosis', 'dose'],
  painless: ['pijnloos', 'pijnloze', 'painless', 'painlessly', 'sansdouleur'],

  // --- Others are better off ---
  better: ['beter', 'better', 'mieux', 'gelukkiger', 'happier', 'makkelijker'],
  without: ['zonder', 'without', 'sans'],
  nobody: ['niemand', 'nobody', 'noone', 'personne'],
  /** English only: Dutch "niemand die…" is "nobody who". */
  nobodyEn: ['nobody', 'noone'],
  careEn: ['care', 'cares', 'cared'],
  miss: ['missen', 'mist', 'miss', 'merken', 'care', 'manquer', 'manquerait', 'manquerais', 'regretter', 'regretterait', 'regretterais'],
  let: ['laat', 'let'],
  for: ['voor', 'for', 'pour'],
} satisfies Record<string, string[]>;

export type CrisisConcept = keyof typeof CRISIS_CONCEPTS;

export interface CrisisPattern {
  /** All of these must appear. One concept alone makes a crisis word. */
  concepts: CrisisConcept[];
  /** The words they must fit in, first to last (default 5). */
  window?: number;
  /** Only a crisis when every other word of the search is a filler word (or of another `alone` pattern found). */
  alone?: boolean;
}

// Above each pattern, a comment says what it catches and, in brackets after "not", what it must not.
// A comment, not a field: a field would ship to every phone for nothing. The test reads these comments
// and checks every quoted example.

export const CRISIS_PATTERNS: CrisisPattern[] = [
  // "zelfmoord", "suïcide", "kms", "unalive", "afscheidsbrief": a crisis on their own
  { concepts: ['suicide'] },
  // "zelfverwonding", "self harm", "automutilation": a crisis on their own
  { concepts: ['selfHarm'] },
  // "cutten", "ik ben aan het cutten", "ik heb weer gecut", "ik ben weer begonnen met cutten" (not "cute", "video's cutten")
  { concepts: ['cutSlang'] },
  // "overdosis": an overdose needs 112 whatever the intent
  { concepts: ['overdose'] },
  // "mijn vriend is bewusteloos", "my friend is unconscious", "elle est inconsciente": 112, whatever the cause
  { concepts: ['unconscious'] },
  // "ze ademt niet", "hij ademt niet meer", "he is not breathing", "il ne respire plus"
  { concepts: ['breathes', 'not'], window: 3 },
  // "zm", "zm gedachten", "ik denk aan zm", "zm plegen", "zm poging"
  { concepts: ['zm'], alone: true },
  { concepts: ['zm', 'think'], window: 4 },
  { concepts: ['zm', 'commit'], window: 3 },
  { concepts: ['zm', 'attempt'], window: 3 },

  // Wanting to die.
  // "ik wil dood", "dood wil ik", "je veux mourir", "i want to be dead", "ik hoop dat ik dood ga", "ik hoop dat ik dood gaat"
  { concepts: ['want', 'die'], window: 4 },
  // "dood", "doodgaan", "sterven" typed on their own (not "mijn opa is dood", "doodop", "ik ben dood op", "doodgewoon", "sterfdag")
  { concepts: ['die'], alone: true },
  // "ik denk de hele tijd aan doodgaan", "je pense à mourir" (not "ik denk aan mijn oma die dood is")
  { concepts: ['think', 'die'], window: 6 },
  // "als ik dood ben is iedereen blij", "ze zijn beter af als ik dood ben"
  { concepts: ['die', 'happy'], window: 7 },
  // "i want to die", "i wanna die", "i wish i could die"
  { concepts: ['wantEn', 'dieEn'], window: 4 },
  // "let me die"
  { concepts: ['let', 'me', 'dieEn'], window: 3 },
  // "i feel like dying"
  { concepts: ['feelEn', 'dieEn'], window: 3 },
  // "ik ben liever dood", "i'd rather be dead", "plutôt mourir"
  { concepts: ['rather', 'die'], window: 4 },
  // "was ik maar dood", "waren we maar allemaal dood", "was ik maar dood gegaan", "if only i were dead" (not "mijn opa is maar net dood")
  { concepts: ['ifOnly', 'be', 'die'], window: 5 },
  // "was ik er maar niet", "was ik er maar niet meer"
  { concepts: ['ifOnly', 'er', 'not', 'be'], alone: true },
  // "ik ben klaar om te sterven", "ik ben klaar om dood te gaan" ("ready to die" is wantEn)
  { concepts: ['ready', 'die'], window: 4 },
  // "ik eet niet meer zodat ik dood ga"
  { concepts: ['soThat', 'die'], window: 3 },
  // "niemand zou het merken als ik dood was", "nobody would care if i died"
  { concepts: ['nobody', 'die'], window: 8 },
  // "nobody cares if i die", "no one would care if i die" (not "niemand die mij helpt")
  { concepts: ['nobodyEn', 'dieEn'], window: 6 },
  // "who cares if i die"
  { concepts: ['careEn', 'dieEn'], window: 4 },
  // "pijnloos doodgaan"
  { concepts: ['painless', 'die'], window: 4 },
  // "painless way to die"
  { concepts: ['painless', 'dieEn'], window: 4 },

  // Not wanting to live or exist.
  // "niet meer leven", "nie meer leve", "nimeer leven", "je ne veux plus vivre", "don't want to live anymore"
  { concepts: ['not', 'more', 'live'], window: 5 },
  // "i don't want to live", "ik wil niet leven", "pas envie de vivre"
  { concepts: ['want', 'not', 'live'], window: 6 },
  // "ik wil niet meer bestaan", "i wish i didn't exist", "je ne veux plus exister"
  { concepts: ['not', 'exist'], window: 5 },
  // "ik wil ophouden met bestaan", "stoppen met bestaan", "stop existing"
  { concepts: ['stop', 'exist'], window: 4 },
  // "ik wil van het leven af", "ik wil af van mijn leven"
  { concepts: ['want', 'live', 'off'], window: 5 },
  // "ik wou dat ik er niet was"
  { concepts: ['want', 'er', 'not', 'be'], window: 6 },
  // "ik wil er niet meer zijn", "als ik er niet meer was"
  { concepts: ['er', 'not', 'more', 'be'], window: 5 },
  // "i don't want to be here anymore", "ik wil hier niet meer zijn", "je ne veux plus être là"
  { concepts: ['not', 'more', 'here', 'be'], window: 6 },
  // "i don't want to be here" (not "ik wil hier niet zijn")
  { concepts: ['wantEn', 'not', 'here', 'be'], window: 6 },
  // "waarom besta ik nog", "why do i exist"
  { concepts: ['why', 'exist'], window: 4 },
  // "ik wou dat ik nooit geboren was", "i wish i was never born"
  { concepts: ['not', 'born'], window: 4 },
  // "ik wil naar de hemel", "ik wil bij opa in de hemel zijn" (not "is opa in de hemel", "ik wil naar de hemel kijken")
  { concepts: ['want', 'heaven'], window: 6 },
  // "verdwijnen", "gewoon verdwijnen" (not "mijn vriend is verdwenen", "verdwenen")
  { concepts: ['disappear'], alone: true },
  // "ik wil verdwijnen", "je veux disparaître", "i want to disappear"
  { concepts: ['want', 'disappear'], window: 4 },
  // "ik wil verdwenen zijn", "ik wou dat ik verdwenen was" (not "ik wil verdwenen spullen terugvinden")
  { concepts: ['want', 'gone', 'be'], window: 5 },
  // "nobody would care if i was gone", "niemand zou het merken als ik verdwijn", "niemand zou het merken als ik verdwenen was"
  { concepts: ['nobody', 'disappear'], window: 8 },
  { concepts: ['nobody', 'gone'], window: 8 },
  // "ik wil weg", said and nothing else (not "ik wil weg van thuis")
  { concepts: ['want', 'away'], alone: true },
  // "ik wil voor altijd weg", "ik wil hier weg voor altijd", "gone forever"
  { concepts: ['away', 'forever'], window: 3 },
  { concepts: ['disappear', 'forever'], window: 3 },
  // "ik wil weg uit deze wereld", "deze wereld verlaten", "leave this world", "quitter ce monde"
  { concepts: ['away', 'world'], window: 4 },
  { concepts: ['leave', 'world'], window: 4 },

  // No point, no reason.
  // "geen zin meer om te leven", "k heb gn zin meer om te leven", "no reason to live", "ma vie n'a pas de sens"
  { concepts: ['not', 'reason', 'live'], window: 6 },
  // "what's the point of living", "what is even the point of living"
  { concepts: ['why', 'reason', 'live'], window: 7 },
  // "waarom zou ik nog leven", "why keep living"
  { concepts: ['why', 'still', 'live'], window: 5 },
  // "mijn leven is zinloos", "life is pointless", "à quoi bon vivre"
  { concepts: ['pointless', 'live'], window: 5 },
  // "het heeft allemaal geen zin meer", "kheb ggn zin meer" (not "niks zin", "geen zin", "ik heb geen zin": feeling low, a theme of its own)
  { concepts: ['not', 'reason', 'more'], alone: true },
  // "niks heeft nog zin"
  { concepts: ['not', 'reason', 'still'], alone: true },
  // "niets heeft zin", "nx heeft zin", "het heeft allemaal geen zin" (not "ik heb geen zin", "het heeft geen zin om te blokken")
  { concepts: ['not', 'has', 'reason'], alone: true },
  // "alles is zinloos"
  { concepts: ['pointless'], alone: true },
  // "life isn't worth living", "het leven is niks waard", "het leven is de moeite niet waard", "la vie ne vaut pas la peine"
  { concepts: ['live', 'not', 'worth'], window: 6 },
  // "ik kan zo niet meer leven", "i can't live like this"
  { concepts: ['not', 'live', 'likeThis'], window: 5 },
  // "ik heb geen toekomst", "no future"
  { concepts: ['not', 'future'], alone: true },
  // "ik zie geen uitweg meer", "no way out", "pas d'issue"
  { concepts: ['not', 'wayOut'], window: 4 },
  // "ik ben een last voor iedereen", "i'm a burden", "je suis de trop" (not "ik heb last van stress")
  { concepts: ['be', 'burden'], window: 3 },
  // "ik voel me een last", "i feel like a burden", "je me sens de trop" (not "ik voel veel last van stress")
  { concepts: ['feel', 'aBurden'], window: 4 },
  // "ik ben teveel", "ik ben gewoon te veel", "i'm too much" (not "ik ben teveel aan het gamen")
  { concepts: ['be', 'tooMany'], alone: true },
  // "ik ben teveel voor iedereen", "ik ben te veel voor mijn ouders"
  { concepts: ['be', 'tooMany', 'for'], window: 4 },
  // "ik verdien het niet om te leven", "i don't deserve to live"
  { concepts: ['deserve', 'live'], window: 6 },
  // "la vie ne sert à rien"
  { concepts: ['live', 'serve', 'nothing'], window: 5 },
  // "ik ben het leven moe", "klaar met het leven", "tired of living", "marre de vivre"
  { concepts: ['tired', 'live'], window: 5 },

  // "Het niet meer zien zitten", not coping, giving up.
  // "ik zie het niet meer zitten", "k zie t ni mr zitte", "kzie het nimeer zitten" (not "ik zie het niet zitten om naar school te gaan")
  { concepts: ['see', 'not', 'more', 'sit'], window: 6 },
  // "ik kan niet meer", "ik kan het niet meer aan", "i can't do this anymore" (not "ik kan niet meer slapen")
  { concepts: ['can', 'not', 'more'], alone: true },
  // "i can't take it anymore", "i can't take this" (not "i can't take the bus anymore")
  { concepts: ['can', 'not', 'take'], alone: true },
  // "ik wil gewoon niet meer" (not "ik wil niet meer naar school", "ik wil een nummer")
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
  // "ik heb het gehad", said and nothing else (not "ik heb het gehad over school")
  { concepts: ['hadIt', 'it'], alone: true },
  // "ik ben ermee klaar", said and nothing else
  { concepts: ['done', 'ermee'], alone: true },
  // "ik ben er klaar mee", "kben dr klaar mee", said and nothing else (not "ik ben er klaar voor")
  { concepts: ['done', 'er', 'mee'], alone: true },
  // "ik ben klaar met alles", "so done with everything", "klaar met alles, ik kan niet meer" (not "klaar met alles van school")
  { concepts: ['done', 'all'], alone: true },
  // "ik ben klaar met alles en iedereen"
  { concepts: ['done', 'all', 'everyone'], window: 6 },
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
  // "je veux mettre fin à mes jours"
  { concepts: ['end', 'days'], window: 4 },
  // "end it all", "een einde aan alles", "en finir avec tout"
  { concepts: ['end', 'all'], window: 4 },
  // "i want to end it", "ik wil het beëindigen", said and nothing else (not "end it with my boyfriend", "einde van het jaar")
  { concepts: ['endVerb', 'it'], alone: true },
  // "i want to end myself", "ik wil mezelf beëindigen"
  { concepts: ['end', 'myself'], window: 3 },
  // "dit is het einde", "this is the end", "c'est la fin", said and nothing else (not "dit is het einde van het jaar")
  { concepts: ['this', 'endNoun'], alone: true },
  // "je veux en finir"
  { concepts: ['en', 'finir'], window: 2 },
  // "je veux me foutre en l'air"
  { concepts: ['foutre', 'air'], window: 4 },
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
  // "ik wil eruit stappen", "ik stap eruit", "ik wil er gewoon uit stappen" (not "ik wil uit de groepschat stappen")
  { concepts: ['eruit', 'step'], alone: true },
  { concepts: ['er', 'out', 'step'], alone: true, window: 5 },
  // "uit het leven stappen", "ik wil uit het leven stappen"
  { concepts: ['out', 'live', 'step'], window: 5 },

  // Saying goodbye.
  // "vaarwel", "adieu", "this is goodbye", said and nothing else (not "bye", "doei")
  { concepts: ['farewell'], alone: true },
  // "goodbye forever", "vaarwel voor altijd"
  { concepts: ['farewell', 'forever'], window: 3 },
  // "vaarwel iedereen", "bye everyone", "goodbye world", "vaarwel wereld", "adieu tout le monde"
  { concepts: ['farewell', 'everyone'], window: 4 },
  { concepts: ['farewell', 'world'], window: 4 },
  { concepts: ['bye', 'everyone'], window: 3 },
  { concepts: ['bye', 'world'], window: 3 },
  // "ik zeg vaarwel", "ik zeg iedereen vaarwel", "saying goodbye", said and nothing else
  { concepts: ['say', 'farewell'], alone: true },
  // "lettre d'adieu", "goodbye letter", "vaarwel brief"
  { concepts: ['farewell', 'letter'], window: 3 },
  // "ik neem afscheid", "ik neem afscheid van iedereen", said and nothing else (not "afscheid nemen van mijn oma")
  { concepts: ['takeNl', 'farewellNoun'], alone: true },
  { concepts: ['farewellNoun', 'everyone'], alone: true },
  // "dit is mijn laatste dag", "vandaag is mijn laatste dag", "c'est mon dernier jour", said and nothing else (not "mijn laatste dag op school", "ik heb elke dag last")
  { concepts: ['last', 'dayTime'], alone: true },
  // "this is my last night", "my last day", said and nothing else
  { concepts: ['lastDay'], alone: true },
  // "de laatste dag van mijn leven", "my last day alive"
  { concepts: ['last', 'dayTime', 'live'], window: 5 },
  { concepts: ['lastDay', 'live'], window: 3 },

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
  // "ik snij mezelf", "mezelf pijn doen", "hurt myself", "ik brand mezelf", "ik verbrand mezelf"
  { concepts: ['harm', 'myself'], window: 4 },
  // "ik snij me", "ik heb me weer gesneden", "je me coupe", "je me mutile" (not "ik heb me gesneden aan een blikje")
  { concepts: ['i', 'cut', 'me'], window: 4 },
  // "ik wil me snijden", "kwil me kapot snijden", "je vais me couper"
  { concepts: ['intend', 'cut', 'me'], window: 4 },
  // "ik heb littekens van het snijden", "scars from cutting"
  { concepts: ['scars', 'cut'], window: 5 },
  // "ik heb een relapse met snijden", "ik ben hervallen in krassen"
  { concepts: ['relapse', 'cut'], window: 4 },
  // "mijn ouders mogen niet weten dat ik snij", "niemand weet dat ik kras"
  { concepts: ['know', 'cut'], window: 4 },
  // "omdat ik snij", "sinds ik kras" (not "dat ik mijn haar snij")
  { concepts: ['that', 'i', 'cut'], window: 3 },
  // "snijden in mijn polsen", "krassen op mijn arm", "cut my wrists", "couper les veines"
  { concepts: ['cut', 'body'], window: 5 },
  // "een mesje in mijn arm", "razor on my wrist"
  { concepts: ['knife', 'body'], window: 5 },
  // "mezelf met een mes snijden"
  { concepts: ['knife', 'myself'], window: 5 },
  // "hoe diep moet je snijden"
  { concepts: ['cut', 'deep'], window: 4 },
  // "snijden", "krassen", "ik snij soms", "me mutiler": on a help site, typed alone, this is self-harm (not "krabbel")
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
  // "mezelf vermoorden", "kill myself", "mezelf ophangen", "drown myself", "ik wil mezelf doodrijden"
  { concepts: ['kill', 'myself'], window: 4 },
  // "i want to off myself"
  { concepts: ['offEn', 'myself'], window: 2 },
  // "ik wil me doden", "je veux me tuer", "je vais me pendre", "ik ga me verdrinken"
  { concepts: ['intend', 'kill', 'me'], window: 5 },
  // "ik wil verdrinken", "ik wil verhongeren", "ik wil doodbloeden", "i want to drown"
  { concepts: ['want', 'method'], window: 4 },
  // "me van kant maken" (to kill oneself)
  { concepts: ['vanKant', 'make'], window: 4 },
  // "me ophangen", "ik hang me op", "ik ga me verhangen", "me verhangen", "me pendre" (not "een poster ophangen")
  { concepts: ['hang', 'me'], window: 3 },
  // "een touw om mijn nek", "rope around my neck"
  { concepts: ['rope', 'neck'], window: 5 },
  // "van een brug springen", "voor de trein springen", "jump off a bridge", "sauter d'un pont" (not "op de trein springen")
  { concepts: ['jump', 'place'], window: 5 },
  // "ik sta op het perron en wil springen", "van de snelweg springen" (not "ik sta op het perron")
  { concepts: ['jump', 'jumpPlace'], window: 5 },
  // "ik wil voor een auto springen" (not "ik spring op de bus")
  { concepts: ['jump', 'vehicle'], window: 5 },
  // "me voor de trein gooien", "onder een bus gaan liggen", "me van de brug gooien", "je veux me jeter sous un train" (not "ik ga liggen", "ik wil beter", "ik wil weggooien")
  { concepts: ['throw', 'vehicle'], window: 5 },
  { concepts: ['throw', 'place'], window: 5 },
  { concepts: ['throw', 'jumpPlace'], window: 5 },
  // "ik wil onder de trein", "ik wil onder een auto" (not "ik wil onder de brug schuilen")
  { concepts: ['want', 'under', 'vehicle'], window: 5 },
  // "ik wil voor de trein lopen", "ik wil voor een auto stappen" (not "ik moet lopen voor de bus", "ik wil een abonnement voor de bus")
  { concepts: ['want', 'front', 'vehicle', 'walk'], window: 6 },
  // "walk in front of a train", "step in front of a bus", "step into traffic"
  { concepts: ['walk', 'inFront', 'vehicle'], window: 6 },
  { concepts: ['walk', 'traffic'], window: 3 },
  // "i want to jump in front of a train", "jump in front of traffic"
  { concepts: ['jump', 'inFront'], window: 3 },
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
  // "alle pillen innemen", "al mijn pillen", "toutes les pilules" (not "ik heb mijn pillen al genomen")
  { concepts: ['allOf', 'pills'], window: 3 },
  // "te veel pillen genomen", "too many pills"
  { concepts: ['tooMany', 'pills'], window: 3 },
  // "ik heb pillen geslikt", "ik heb pillen gepakt", "swallowed pills": an overdose may be under way, 112 belongs on top (not "ik heb mijn pillen genomen", "ik heb medicijnen genomen")
  { concepts: ['manyPills', 'swallowed'], window: 4 },
  // "ik heb veel pillen genomen", "een handvol pillen ingenomen", "i took a bunch of pills"
  { concepts: ['lotOf', 'manyPills', 'taken'], window: 5 },
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
 * Not "op": "ik ben dood op" is tired.
 */
export const FILLER_WORDS = [
  'ik',
  'k',
  'ikke',
  'ich',
  'i',
  'im',
  'je',
  'j',
  'me',
  'mij',
  'mezelf',
  'myself',
  'moi',
  'het',
  't',
  'er',
  'der',
  'da',
  'dat',
  'dit',
  'it',
  'this',
  'that',
  'the',
  'wil',
  'wilt',
  'wou',
  'want',
  'wanna',
  'to',
  'do',
  'am',
  'ben',
  'heb',
  'kheb',
  'kben',
  'kga',
  'have',
  'ai',
  'n',
  'ne',
  'en',
  'gewoon',
  'gwn',
  'echt',
  'eigenlijk',
  'really',
  'just',
  'so',
  'zo',
  'nu',
  'now',
  'soms',
  'vaak',
  'weer',
  'altijd',
  'al',
  'allemaal',
  'helemaal',
  'ook',
  'wel',
  'toch',
  'maar',
  'dan',
  'meer',
  'nie',
  'ni',
  'niet',
  'aan',
  'vol',
  'mee',
  'met',
  'with',
  'ermee',
  'vandaag',
  'vanavond',
  'morgen',
  'help',
  'hulp',
  'aide',
  'pls',
  'plz',
  'please',
  'lol',
  'ofzo',
  'mn',
  'mijn',
  'my',
  'go',
  'ga',
  'can',
  'kan',
  'anymore',
  'up',
  'plus',
  'gaan',
  'zelf',
  'm',
  's',
  'd',
  'll',
  'gonna',
  'going',
  'veux',
  'vais',
  'que',
  'la',
  'een',
  'a',
  'heeft',
  'nog',
  'voor',
  'van',
  'ervan',
  'is',
  'gedaan',
  'ooit',
  'elke',
  'sinds',
  'lang',
  'had',
  've',
  'already',
  'deja',
  'tout',
  'alles',
  'graag',
  'liefst',
  'tonight',
  'today',
  'fr',
  'ce',
  'c',
  'est',
  'soir',
  'mon',
  'ma',
];

/**
 * Days, weeks, years: filler words only right after a word of DURATION_WORDS, as in how long or how often
 * ("ik kan al weken niet meer", "elke dag"), not in plans ("ik wil een week weg", "ik wil stoppen voor een jaar").
 */
export const TIME_WORDS = [
  'dag',
  'dagen',
  'week',
  'weken',
  'maand',
  'maanden',
  'jaar',
  'jaren',
  'nacht',
  'nachten',
  'days',
  'weeks',
  'months',
  'years',
];
export const DURATION_WORDS = ['al', 'sinds', 'elke', 'iedere', 'hele', 'heel', 'zoveel', 'for'];

/**
 * The little words of a sentence typed together ("ikwilnietmeer", "kzie", "kheb", "kwilnimeerleven"):
 * pronouns, wanting, being, not. A word that splits into known words without one of these is a word or
 * compound of its own; and these are the only fillers that count inside a word. Not the ones Dutch builds
 * compounds with: "doodop", "doodgewoon", "sterfdag" and "sterfjaar" are words of their own, not "dood" + "op".
 */
export const JOINABLE_FILLERS = [
  'ik',
  'k',
  'ikke',
  'i',
  'im',
  'je',
  'j',
  'me',
  'mij',
  'mezelf',
  'myself',
  'moi',
  'het',
  't',
  'er',
  'der',
  'da',
  'dat',
  'it',
  'wil',
  'wilt',
  'wou',
  'want',
  'wanna',
  'to',
  'am',
  'ben',
  'heb',
  'kheb',
  'kben',
  'kga',
  'n',
  'ne',
  'echt',
  'gwn',
  'meer',
  'nie',
  'ni',
  'niet',
  'mn',
  'mijn',
  'my',
  'kan',
  'can',
  'ga',
  'gaan',
  'gonna',
  'm',
  's',
  'd',
  'll',
  've',
  'veux',
  'vais',
  'kwil',
  'kwou',
  'wl',
  'kun',
  'nt',
  'mr',
  'nimeer',
  'nimr',
  'gn',
  'geen',
  'nx',
  'niks',
  'nooit',
];

/**
 * Everyday phrases that use a crisis word in its everyday sense: their words are skipped before the
 * patterns are matched. "de dood van mijn opa" is grief; "ik ga dood van de stress" a way of speaking,
 * and so is Flemish "dood" before a word it makes stronger, typed apart ("ik wil dood graag naar zee").
 * Exact words, in order, as normalizeText() writes them. Not right after a wish (WISH_WORDS): "was ik
 * maar dood gegaan" is a crisis.
 */
export const EVERYDAY_PHRASES = [
  'dood van',
  'is dood',
  'was dood',
  'gaat dood',
  'ging dood',
  'dood gaat',
  'dood ging',
  'dood gegaan',
  'gingen dood',
  'is doodgegaan',
  'zijn doodgegaan',
  'die dood',
  'dood graag',
  'dood moe',
  'dood ziek',
  'dood bang',
  'doods bang',
  'dood eng',
  'dood saai',
  'dood stil',
  'dood normaal',
  'dood gewoon',
  'dood jammer',
  'dood simpel',
  'dood serieus',
  'sterven van het lachen',
  'sterf van het lachen',
  'gesneden aan',
  'op de trein',
  'op de bus',
  'op de tram',
  'videos cutten',
  'video s cutten',
  'video cutten',
  'filmpjes cutten',
  'einde van het jaar',
  'eind van het jaar',
  'end of the year',
  'hemel kijken',
  'hemel staren',
];

/** Words that make an everyday phrase right after them (up to three words before) a wish again. */
export const WISH_WORDS = ['maar', 'liever', 'wou', 'woude', 'wilde', 'hoop', 'wens', 'wish', 'rather'];

/**
 * Forms that are only matched exactly, not with a typo nor as part of a compound: that would catch
 * everyday words ("strop" is a noose, "stop" and "trop" are not; "nimeer" is never more, "nummer" and
 * "timer" are not; "cutten" is cutting, "cute" is not; "levensmoe" is tired of life, "levensmoed" is
 * the opposite; "doodgegaan" is dead, "doorgegaan" and "doodgewoon" are not; "een last" is a burden,
 * "veel last" is not; "wagen" is a car, "dagen" and "lagen" are not; "last night" is, "lastig" is not;
 * "afscheidsliederen" is not "afscheid" + "iedereen"; "zmgedachten" is, "gedachten" is not).
 */
export const EXACT_ONLY = [
  'strop',
  'nimeer',
  'cutten',
  'gecut',
  'gecutted',
  'gecutten',
  'levensmoe',
  'doodgegaan',
  'eenlast',
  'nelast',
  'nenlast',
  'wagen',
  'lastday',
  'lastnight',
  'afscheid',
  'iedereen',
  'zmgedachten',
  'zmgedachtes',
  'zmpoging',
  'toomuch',
  'toomany',
  // CRISIS_CONCEPTS.method, and the forms of `kill` and `hang` one typo from an everyday verb
  'verdrinken',
  'verdrinke',
  'verdrink',
  'verhangen',
  'verhange',
  'verhang',
  'verhangt',
  'verhongeren',
  'verhongere',
  'uithongeren',
  'doodhongeren',
  'doodrijden',
  'doodrijde',
  'doodbloeden',
  'doodbloede',
  'doodvriezen',
  'overrijden',
  'aangereden',
  'verstikken',
  'vergiftigen',
  'drown',
  'drowning',
  'starve',
  'noyer',
  'ophangen',
  'ophange',
  'ophang',
  'ophouden',
  'ophoude',
  'ophoudt',
];

/**
 * Ordinary words one typo away from a crisis word, or starting with one: typed, they only match
 * themselves, not as a typo, a compound or words typed together. "ik wil niet meer leren" is about
 * school, not "leven"; "sterk" is not "sterf", "zelfzorg" not "zelfmoord", "genoegen" not "genoeg" +
 * "en", "belast" not "be" + "last", "een jaar overdoen" (repeat a school year) not "overdose", "ik wil
 * werken" not "werpen", "naar de haven" not "heaven", and "ik wil stappen" (go out) is not "stoppen".
 * Mostly words a young person may type on their own: a full dictionary would weigh too much on a phone.
 */
export const NOT_TYPOS = [
  'leren',
  'lezen',
  'even',
  'geven',
  'beven',
  'heven',
  'lenen',
  'leden',
  'lieven',
  'sterren',
  'steven',
  'dromen',
  'wonen',
  'snijwonde',
  'sterk',
  'sterke',
  'sterken',
  'ster',
  'stern',
  'krabbel',
  'krabbels',
  'krabbelen',
  'verdwenen',
  'zelfzorg',
  'zelfwording',
  'zelfbeschuldiging',
  'stappen',
  'verdomme',
  'krant',
  'kranten',
  'kerst',
  'klassen',
  'woningen',
  'waardevol',
  'waardevolle',
  'genezen',
  'geleden',
  'beneden',
  'besteden',
  'beurs',
  'clever',
  'ding',
  'korte',
  'kast',
  'kasten',
  'opgaven',
  'genoegen',
  'streven',
  'steden',
  'verwijzen',
  'verwijten',
  'verdienen',
  'verdwalen',
  'verwennen',
  'jogging',
  'kraken',
  'gekraakt',
  'keren',
  'kerken',
  'kersen',
  'kralen',
  'kragen',
  'kneden',
  'verven',
  'werven',
  'erven',
  'belast',
  'belasten',
  'more',
  'dot',
  'lagen',
  'dagen',
  'lastig',
  'bestaat',
  'levensmoed',
  'overdoen',
  'overdoe',
  'overdoet',
  'overdeed',
  'werken',
  'shoppen',
  'storen',
  'stoken',
  'stomen',
  'steppen',
  'toppen',
  'slopen',
  'sprinten',
  'printen',
  'dringen',
  'swingen',
  'haven',
  'healen',
  'hoogspringen',
  'verspringen',
  'touwspringen',
  'skispringen',
  'parachutespringen',
  'trampolinespringen',
];
