// `npm run train -- ner-gazetteers`: rebuilds data/lexicons/ner/gazetteer-index.tsv from the gazetteer lists and the common
// words of data/lexicons/ner/ (run it after editing a list, or after a tokenizer change that splits entries differently;
// a test fails until then). The NER reads the index at load instead of tokenizing and case-folding the lists.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GAZETTEER_INDEX_PATH, rebuildGazetteerIndex } from '../../src/nlp/ner-gazetteer.js';

const text = rebuildGazetteerIndex();
const path = fileURLToPath(new URL(`../../data/${GAZETTEER_INDEX_PATH}`, import.meta.url));
writeFileSync(path, text);
console.log(`wrote ${path}: ${text.split('\n')[1] ?? ''}, ${text.length} characters`);
