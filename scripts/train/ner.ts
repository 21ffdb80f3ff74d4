// `npm run train -- ner [--epochs N] [--bucket-bits B] [--pos] [--no-gazetteers] [--no-clusters] [--cv] [--data DIR]`: trains the
// named-entity recognizer on GUM entities train + dev (licence-permitted genres only, *.noNC.bio) plus all of
// wikigold, writes models/ner.bin with its manifest, and scores GUM test (gold tokens). With --cv the manifest also
// gets wikigold 5-fold cross-validation figures (each fold scored by a model trained without it). Run with `nice`.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeModel } from '../../src/nlp/model-manifest.js';
import { loadTagger } from '../../src/nlp/model-registry.js';
import { createTaggerScratch, tagWords } from '../../src/nlp/tagger.js';
import { readGumEntities, readWikigold } from '../../src/nlp/ner-corpus.js';
import { crossValidate, evaluateDocuments, figures, formatFigures, type PosTagger } from '../../src/nlp/ner-evaluate.js';
import { NER_FEATURE_VERSION, serializeNerModel } from '../../src/nlp/ner-model.js';
import { DEFAULT_NER_TRAIN_OPTIONS, sentencesOf, trainNer, type NerTrainOptions } from '../../src/nlp/ner-train.js';

const { values } = parseArgs({
  options: { epochs: { type: 'string' }, 'bucket-bits': { type: 'string' }, data: { type: 'string' }, pos: { type: 'boolean' }, 'no-gazetteers': { type: 'boolean' }, 'no-clusters': { type: 'boolean' }, cv: { type: 'boolean' } },
  allowPositionals: true, strict: false,
});
const dataRoot = typeof values.data === 'string' ? values.data : join('..', 'shared', 'data');
const options: NerTrainOptions = {
  ...DEFAULT_NER_TRAIN_OPTIONS,
  epochs: Number(values.epochs ?? DEFAULT_NER_TRAIN_OPTIONS.epochs),
  bucketBits: Number(values['bucket-bits'] ?? DEFAULT_NER_TRAIN_OPTIONS.bucketBits),
  features: { pos: values.pos === true, gazetteers: values['no-gazetteers'] !== true, clusters: values['no-clusters'] !== true },
};

const started = Date.now();
const elapsed = (): string => `${((Date.now() - started) / 1000).toFixed(1)} s`;
let tagger: PosTagger | undefined;
if (options.features.pos) {
  const model = loadTagger();
  const scratch = createTaggerScratch(model.classes.length);
  tagger = (words) => Array.from(tagWords(model, words, scratch), (tag) => model.classes[tag]?.xpos ?? 'X');
}
const gum = [...readGumEntities(dataRoot, 'train'), ...readGumEntities(dataRoot, 'dev')];
const wikigold = readWikigold(dataRoot);
const training = sentencesOf([...gum, ...wikigold]).map((sentence) => (tagger ? { ...sentence, pos: tagger(sentence.words) } : sentence));
const tokens = training.reduce((sum, sentence) => sum + sentence.words.length, 0);
console.log(`training on ${training.length} sentences, ${tokens} tokens (GUM entities train+dev without non-commercial genres, wikigold)`);
const model = trainNer(training, {
  ...options,
  onEpoch: (epoch, accuracy) => console.log(`epoch ${epoch}: training token accuracy ${(accuracy * 100).toFixed(2)}%  ${elapsed()}`),
});
const bytes = serializeNerModel(model);

const metrics: Record<string, unknown> = {};
const test = figures(evaluateDocuments(model, readGumEntities(dataRoot, 'test'), tagger));
metrics['GUM-test-gold-tokens'] = test;
console.log(formatFigures('GUM test (gold tokens), entity-level exact match', test));
if (values.cv === true) {
  const gumSentences = sentencesOf(gum).map((sentence) => (tagger ? { ...sentence, pos: tagger(sentence.words) } : sentence));
  const cv = figures(crossValidate(wikigold, 5, gumSentences, options, (fold) => console.log(`wikigold fold ${fold}/5 done  ${elapsed()}`), tagger));
  metrics['wikigold-5-fold-cv'] = cv;
  console.log(formatFigures('wikigold, 5-fold cross-validation by document (GUM train+dev + 4 folds → 1 fold)', cv));
}

const manifest = writeModel('ner', 'ner.bin', bytes, {
  format: `whosaid-ner@${NER_FEATURE_VERSION}`,
  training: {
    data: ['GUM entities train+dev (gum-entities/*.noNC.bio: UD_English-GUM without essay, fiction, letter, podcast, whow)', 'wikigold (all 145 articles)'],
    licence: 'GUM licence-permitted genres (CC BY / CC BY-SA per source); wikigold CC BY 4.0; gazetteers and word clusters: see data/lexicons/ner/README.md',
    sentences: training.length, tokens, options: { epochs: options.epochs, bucketBits: options.bucketBits, seed: options.seed, features: options.features, vocabularyMinCount: options.vocabularyMinCount, caseAugmentation: options.caseAugmentation },
  },
  features: 'structured averaged perceptron, first-order Viterbi over BILOU labels (PER/ORG/LOC/MISC); word, lower case, prefix 3, suffixes 2-4, word shape and short shape, distributional word clusters of the word (fine / middle / coarse, fine x capitalization; data/lexicons/ner/word-clusters.tsv), words at -2..+2, bigrams, shape pairs, capitalization of -1/0/+1, sentence position, sentence casing mode (normal / Title Case / ALL CAPS), capitalized-common-word flag, document casing of the word, gazetteer matches (B/I/L/U per class at -1/0/+1), optional POS; training adds Title Case and ALL CAPS copies of 15% + 15% of sentences; transitions: label pair plus coarse previous state × word / shape / next shape',
  metrics,
});
console.log(`wrote models/ner.bin (${(bytes.length / 1e6).toFixed(2)} MB, ${model.linear.entries.length} weights, sha256 ${manifest.sha256.slice(0, 12)}) in ${elapsed()}`);
