/** International organisations and blocs that appear as Việt Nam's partners. No data package lists these. */
export interface OrganisationSeed {
  code: string;
  name: string;
  aliases: string[];
  /** Member states (ISO codes), for blocs whose agreements bind them. */
  members?: string[];
}

// Memberships as of 2026; they change rarely and no data package carries them.
const EU_MEMBERS = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
];

export const ORGANISATIONS: OrganisationSeed[] = [
  {
    code: 'EU',
    name: 'European Union',
    aliases: ['EU', 'E.U.', 'European Commission', 'European Council', 'European Parliament', 'Liên minh châu Âu'],
    members: EU_MEMBERS,
  },
  {
    code: 'ASEAN',
    name: 'ASEAN',
    aliases: ['Association of Southeast Asian Nations', 'Association of South East Asian Nations', 'Hiệp hội các quốc gia Đông Nam Á'],
    members: ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN'],
  },
  { code: 'EFTA', name: 'European Free Trade Association', aliases: ['EFTA'], members: ['IS', 'LI', 'NO', 'CH'] },
  {
    code: 'EAEU',
    name: 'Eurasian Economic Union',
    aliases: ['EAEU', 'EEU', 'Liên minh Kinh tế Á-Âu'],
    members: ['AM', 'BY', 'KZ', 'KG', 'RU'],
  },
  { code: 'UN', name: 'United Nations', aliases: ['UN', 'U.N.', 'Liên hợp quốc'] },
  { code: 'UNSC', name: 'UN Security Council', aliases: ['United Nations Security Council', 'UNSC'] },
  { code: 'WTO', name: 'World Trade Organization', aliases: ['World Trade Organisation', 'WTO'] },
  { code: 'APEC', name: 'APEC', aliases: ['Asia-Pacific Economic Cooperation'] },
  { code: 'G20', name: 'G20', aliases: ['Group of Twenty'] },
  { code: 'G7', name: 'G7', aliases: ['Group of Seven'] },
  { code: 'BRICS', name: 'BRICS', aliases: [] },
  { code: 'NATO', name: 'NATO', aliases: ['North Atlantic Treaty Organization'] },
  { code: 'AFU', name: 'African Union', aliases: [] },
  { code: 'OECD', name: 'OECD', aliases: ['Organisation for Economic Co-operation and Development'] },
  { code: 'IMF', name: 'International Monetary Fund', aliases: ['IMF'] },
  { code: 'WB', name: 'World Bank', aliases: [] },
  { code: 'ADB', name: 'Asian Development Bank', aliases: ['ADB'] },
  { code: 'UNESCO', name: 'UNESCO', aliases: [] },
  { code: 'ECOSOC', name: 'UN Economic and Social Council', aliases: ['ECOSOC', 'Economic and Social Council'] },
  { code: 'FEALAC', name: 'Forum for East Asia-Latin America Cooperation', aliases: ['FEALAC'] },
  { code: 'AIPA', name: 'ASEAN Inter-Parliamentary Assembly', aliases: ['AIPA'] },
  { code: 'IPU', name: 'Inter-Parliamentary Union', aliases: ['IPU'] },
  { code: 'SCO', name: 'Shanghai Cooperation Organisation', aliases: [] },
  { code: 'MLC', name: 'Mekong-Lancang Cooperation', aliases: ['Mekong–Lancang Cooperation'] },
];
