// `npm run eval -- ner-dev [--folds N] [--no-dev] [--epochs N] [--bucket-bits B] [--case-augmentation R] [--features JSON] [--save PATH] [--gum-folds K]`: the NER tuning figures. Trains
// on GUM entities train (never dev or test) plus all of wikigold and scores GUM dev; then runs the first N (default 5)
// folds of wikigold 5-fold cross-validation (GUM train+dev plus the other folds → one fold). Every setting of the
// shipped model is decided on these figures, never on GUM test. Run with `nice`: each fold trains a model.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { documentFolds, readGumEntities, readWikigold } from '../../src/nlp/ner-corpus.js';
import { evaluateDocuments, figures, formatFigures } from '../../src/nlp/ner-evaluate.js';
import { serializeNerModel } from '../../src/nlp/ner-model.js';
import { emptyCounts, mergeCounts } from '../../src/nlp/ner-score.js';
import { DEFAULT_NER_TRAIN_OPTIONS, sentencesOf, trainNer, type NerTrainOptions } from '../../src/nlp/ner-train.js';

const { values } = parseArgs({
  options: { data: { type: 'string' }, folds: { type: 'string' }, 'no-dev': { type: 'boolean' }, epochs: { type: 'string' }, 'bucket-bits': { type: 'string' }, 'case-augmentation': { type: 'string' }, features: { type: 'string' }, save: { type: 'string' }, 'gum-folds': { type: 'string' } },
  allowPositionals: true, strict: false,
});
const dataRoot = typeof values.data === 'string' ? values.data : join('..', 'shared', 'data');
const options: NerTrainOptions = {
  ...DEFAULT_NER_TRAIN_OPTIONS,
  epochs: Number(values.epochs ?? DEFAULT_NER_TRAIN_OPTIONS.epochs),
  bucketBits: Number(values['bucket-bits'] ?? DEFAULT_NER_TRAIN_OPTIONS.bucketBits),
  caseAugmentation: Number(values['case-augmentation'] ?? DEFAULT_NER_TRAIN_OPTIONS.caseAugmentation),
  // --features '{"nameRuns":true}' overrides feature options, to compare feature groups.
  features: { ...DEFAULT_NER_TRAIN_OPTIONS.features, ...(typeof values.features === 'string' ? JSON.parse(values.features) as Partial<NerTrainOptions['features']> : {}) },
};
const foldCount = Number(values.folds ?? 5);
const started = Date.now();
const elapsed = (): string => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const gumTrain = readGumEntities(dataRoot, 'train');
const wikigold = readWikigold(dataRoot);

if (values['no-dev'] !== true) {
  const model = trainNer(sentencesOf([...gumTrain, ...wikigold]), options);
  // --save PATH keeps this model (e.g. to time it against the shipped one).
  if (typeof values.save === 'string') writeFileSync(values.save, serializeNerModel(model));
  console.log(formatFigures(`GUM dev (model trained on GUM train + wikigold)  ${elapsed()}`, figures(evaluateDocuments(model, readGumEntities(dataRoot, 'dev')))));
}
// --gum-folds K: K-fold cross-validation over GUM train+dev by document (each fold scored by a model trained on the
// other folds plus all of wikigold): a steadier GUM figure than dev alone (442 entities), still without GUM test.
const gumFoldCount = Number(values['gum-folds'] ?? 0);
if (gumFoldCount > 0) {
  const folds = documentFolds([...gumTrain, ...readGumEntities(dataRoot, 'dev')], gumFoldCount);
  const total = emptyCounts();
  for (let fold = 0; fold < gumFoldCount; fold++) {
    const model = trainNer([...sentencesOf(folds.filter((_, index) => index !== fold).flat()), ...sentencesOf(wikigold)], options);
    mergeCounts(total, evaluateDocuments(model, folds[fold]!));
    console.error(`  GUM fold ${fold + 1}/${gumFoldCount}  ${elapsed()}`);
  }
  console.log(`\n${formatFigures(`GUM train+dev, ${gumFoldCount}-fold cross-validation by document (+ all wikigold)  ${elapsed()}`, figures(total))}`);
}
if (foldCount > 0) {
  const gum = sentencesOf([...gumTrain, ...readGumEntities(dataRoot, 'dev')]);
  const folds = documentFolds(wikigold, 5);
  const total = emptyCounts();
  for (let fold = 0; fold < foldCount; fold++) {
    const model = trainNer([...gum, ...sentencesOf(folds.filter((_, index) => index !== fold).flat())], options);
    mergeCounts(total, evaluateDocuments(model, folds[fold]!));
    console.error(`  wikigold fold ${fold + 1}/${foldCount}  ${elapsed()}`);
  }
  console.log(`\n${formatFigures(`wikigold cross-validation, folds 1-${foldCount} of 5  ${elapsed()}`, figures(total))}`);
}
