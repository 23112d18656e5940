import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadServices } from '../../src/app/loadServices.ts';

/**
 * A small corpus written for the question-pipeline tests: invented articles in the agencies' shapes, so no stage
 * is tested on the sentences it was tuned on.
 */
export const INVENTED: Record<string, string> = {
  'inv_chile.txt': `---
source: VNA
date: 2026-03-04
title: Vietnam, Chile hold talks on copper and wine trade
---
Hanoi (VNA) – Deputy Minister of Foreign Affairs Tran Van Binh received Chilean Ambassador Maria Fuentes in Hanoi on March 3.

Binh said Vietnam and Chile established diplomatic ties on March 25, 1971, and the two sides will mark the 55th anniversary of diplomatic ties in 2026.

The two sides agreed to expand cooperation in copper mining, renewable energy and wine trade.

Fuentes said Chile wants to upgrade the relationship to a comprehensive partnership. VNA`,
  'inv_kenya.txt': `---
source: VNS
date: 2025-11-20
title: Vietnam and Kenya review cooperation at joint committee
---
NAIROBI — Minister of Foreign Affairs Pham Quoc Tuan and Kenyan Foreign Minister Daniel Otieno co-chaired the third meeting of the Vietnam–Kenya joint committee in Nairobi on November 19.

Tuan said the visit aims to open new markets in East Africa for Vietnamese rice and coffee.

Two-way trade reached US$450 million in 2024, up 12 per cent from the previous year. — VNS`,
  'inv_laos.txt': `---
source: VOV
date: 2026-04-09
title: Vietnamese and Lao deputy ministers review border work
---
VIENTIANE – Deputy Minister of Foreign Affairs Hoang Minh Duc and Lao Deputy Minister of Foreign Affairs Khamphao Sengdara held talks in Vientiane on Wednesday.

The two sides agreed to speed up the demarcation of the shared border and to expand trade in electricity.

Duc described the talks in Vientiane as highly significant.

They were the first talks between the two deputy ministers since the border protocol took effect in 2024.`,
};

/** Services over the invented corpus. */
export async function inventedServices() {
  const dir = mkdtempSync(join(tmpdir(), 'attache-invented-'));
  for (const [name, text] of Object.entries(INVENTED)) writeFileSync(join(dir, name), text);
  return loadServices(dir);
}
