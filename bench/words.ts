/**
 * Word pools for the benchmark's synthetic news: enough variety that bodies, titles and
 * quotes read like wire copy and no two articles are the same text.
 */
export const places = [
  'Manbij',
  'Kobani',
  'Raqqa',
  'Hasakah',
  'Qamishli',
  'Tal Abyad',
  'Ras al-Ain',
  'Ain Issa',
  'Deir ez-Zor',
  'Rmeilan',
  'Idlib',
  'Aleppo',
  'Damascus',
  'Erbil',
  'Baghdad',
  'Ankara',
  'Washington',
  'Geneva',
  'Brussels',
];

export const speakers = [
  'the Syrian Observatory for Human Rights',
  'a US defense official',
  'a Kurdish commander',
  'the Turkish defence ministry',
  'a coalition spokesman',
  'UN officials',
  'the State Department',
  'a local council member',
  'aid workers',
  'the Kremlin',
  'a French diplomat',
  'residents',
];

export const subjects = [
  'US troops',
  'Turkish forces',
  'Kurdish-led fighters',
  'coalition aircraft',
  'Syrian government troops',
  'Russian military police',
  'aid convoys',
  'IS sleeper cells',
  'border guards',
  'displaced families',
];

export const verbs = [
  'withdrew from',
  'advanced on',
  'shelled positions near',
  'set up checkpoints around',
  'left',
  'returned to',
  'patrolled the road to',
  'evacuated',
  'reinforced bases near',
  'struck targets outside',
];

export const nouns = [
  'ceasefire',
  'offensive',
  'withdrawal',
  'convoy',
  'airstrike',
  'negotiations',
  'camp',
  'border crossing',
  'prison',
  'humanitarian corridor',
  'agreement',
  'patrol',
];

export const adjectives = [
  'abrupt',
  'fragile',
  'long-awaited',
  'contested',
  'partial',
  'temporary',
  'sudden',
  'disputed',
  'renewed',
];

export const counted = [
  { measure: 'displaced-people', unit: 'people', what: 'people had fled their homes' },
  { measure: 'troops-deployed', unit: 'troops', what: 'troops remained in the area' },
  { measure: 'airstrikes-reported', unit: 'airstrikes', what: 'airstrikes had been carried out' },
  { measure: 'civilians-killed', unit: 'civilians', what: 'civilians had been killed' },
  { measure: 'prisoners-held', unit: 'prisoners', what: 'prisoners were held in the camps' },
  { measure: 'vehicles-in-convoy', unit: 'vehicles', what: 'vehicles took part in the convoy' },
] as const;

export const actorIds = [
  'us-government',
  'us-military',
  'turkey',
  'kurdish-led-forces',
  'islamic-state',
  'russia',
  'un',
] as const;
export const topicIds = ['withdrawal', 'offensive', 'displacement', 'casualties', 'detainees', 'diplomacy'] as const;
export const publishers = [
  'Associated Press',
  'Reuters',
  'Agence France-Presse',
  'BBC News',
  'The Guardian',
  'Al Jazeera',
];
