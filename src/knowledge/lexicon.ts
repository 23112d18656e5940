// Words of diplomatic news that tell a role phrase from a personal name. Folded (lower case, no diacritics).

/** Words that make a phrase a role or title: "Deputy Minister", "Ambassador", "Sen. Lieut. Gen". */
export const ROLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'ministers', 'deputy', 'foreign', 'secretary', 'general', 'chairman',
  'chairwoman', 'chairperson', 'chair', 'speaker', 'ambassador', 'undersecretary', 'under', 'councillor', 'counsellor',
  'permanent', 'standing', 'first', 'director', 'head', 'chief', 'envoy', 'special', 'consul', 'king', 'queen',
  'prince', 'princess', 'crown', 'governor', 'mayor', 'senator', 'commissioner', 'assistant', 'executive',
  'lieutenant', 'lieut', 'lt', 'gen', 'colonel', 'major', 'senior', 'sen', 'politburo', 'mr', 'mrs', 'ms', 'dr',
  'madam', 'comrade', 'excellency', 'spokesperson', 'spokesman', 'spokeswoman', 'pm', 'fm', 'dpm', 'officer',
  'attache', 'representative', 'delegate', 'leader', 'premier', 'chancellor', 'emperor', 'sultan', 'samdech',
  'techo', 'co', 'coordinator', 'rapporteur', 'admiral', 'marshal', 'member', 'founder', 'ceo', 'professor', 'prof',
]);

/** Words of institutions, bodies and portfolios inside a role: "Minister of Foreign Affairs and Trade". */
export const INSTITUTION_WORDS = new Set([
  'affairs', 'development', 'cooperation', 'defence', 'defense', 'justice', 'trade', 'industry', 'security',
  'council', 'committee', 'commission', 'parliament', 'assembly', 'government', 'ministry', 'department', 'office',
  'embassy', 'republic', 'kingdom', 'federation', 'union', 'central', 'front', 'bank', 'agency', 'organisation',
  'organization', 'association', 'policy', 'economic', 'economy', 'finance', 'planning', 'investment', 'education',
  'training', 'health', 'culture', 'sports', 'tourism', 'labour', 'labor', 'information', 'communications',
  'science', 'technology', 'environment', 'resources', 'natural', 'agriculture', 'rural', 'transport',
  'construction', 'home', 'interior', 'internal', 'political', 'relations', 'international', 'external', 'religion',
  'family', 'cultural', 'overseas', 'nations', 'asia', 'pacific', 'middle', 'east', 'west', 'africa', 'europe',
  'americas', 'people', 'national', 'communist', 'secretariat', 'region', 'public', 'social', 'welfare', 'women',
  'youth', 'war', 'invalids', 'veterans', 'legal', 'ethnic', 'minority', 'state', 'city', 'province', 'provincial',
  'municipal', 'mission', 'delegation', 'strategic', 'comprehensive', 'partnership', 'forum', 'conference', 'summit',
  'meeting', 'year', 'day', 'congress', 'treaty', 'agreement', 'armed', 'forces', 'army', 'navy', 'police', 'court',
  'supreme', 'commonwealth', 'party', 'presidential', 'palace', 'headquarters', 'steering', 'energy', 'climate',
  'fisheries', 'industry', 'industrial', 'commerce', 'finance', 'revenue', 'immigration', 'protocol', 'consular',
  'legislative', 'judicial', 'senate', 'house', 'representatives', 'institute', 'academy', 'university', 'school',
  'group', 'corporation', 'company', 'fund', 'programme', 'program', 'initiative', 'centre', 'center', 'council',
  'sovereignty', 'border', 'maritime', 'sea', 'east', 'bloc', 'sustainable', 'goals', 'green', 'growth',
  // World regions, as departments are named after them ("Department for Europe, the Americas and Oceania").
  'oceania', 'america', 'caribbean', 'atlantic', 'arctic', 'eurasia', 'latin', 'southeast', 'northeast', 'southwest',
  'northwest', 'mideast', 'gulf', 'baltic', 'nordic', 'balkans', 'mediterranean',
]);

/** Lower-case words that join the parts of a role phrase. */
export const CONNECTORS = new Set(['of', 'for', 'to', 'on', 'the', 'and', 'at', 'in']);

/** Lower-case particles inside personal names: "Carlos Agostinho do Rosário", "Ursula von der Leyen". */
export const NAME_PARTICLES = new Set(['do', 'da', 'dos', 'das', 'de', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'binti', 'la', 'le', 'y']);

/** Common Vietnamese family names: a capitalised run that starts with one and has three syllables is a name. */
export const VIETNAMESE_SURNAMES = new Set([
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong',
  'ly', 'to', 'ha', 'luong', 'trinh', 'dinh', 'mai', 'lam', 'cao', 'ta', 'doan', 'truong', 'la', 'quach', 'chu',
  'kieu', 'thai', 'tong', 'vuong', 'lai', 'lu', 'dao', 'au', 'khuc', 'giang', 'nong', 'hua', 'tieu', 'phung', 'luu',
  'tang', 'hau', 'mac', 'trieu', 'van', 'diep', 'ong', 'tat', 'lo', 'son', 'kim', 'nghiem', 'chau', 'hong',
]);

/** Month and weekday names: never part of a personal name. */
export const CALENDAR_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Lower-case words right before a name that make it a person: "her Russian counterpart A. Rudenko". */
export const PERSON_TRIGGERS = new Set(['counterpart', 'counterparts', 'by', 'envoy', 'ambassador', 'minister', 'president', 'leader']);
