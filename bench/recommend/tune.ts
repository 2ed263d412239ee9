/**
 * How the ranking's weights were chosen: coordinate search on MIND's
 * validation split — the model built from the days before the second-last
 * day, evaluated on that day — never on the test day (the last day), which
 * `npm run bench:recommend` reports. Prints each step; the chosen values
 * go into src/recommend/recommender-options.ts by hand.
 *
 *   node bench/recommend/tune.ts [--data DIR] [--unseen old|end-of-training|first-display] [--rounds N]
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { recommenderDefaults, type RecommenderOptions } from '../../src/recommend/recommender-options.ts';
import { days, readMind, type UnseenPublication } from './mind.ts';
import { evaluateSplit } from './mind-quality.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    unseen: { type: 'string', default: 'old' },
    rounds: { type: 'string', default: '2' },
  },
});
const dataDir = values.data ? resolve(values.data) : fileURLToPath(new URL('../../../shared/data', import.meta.url));
const unseen = values.unseen as UnseenPublication;
const data = readMind(dataDir);
const all = days(data);
const validationDay = all.at(-2)!;

const grid: Partial<Record<keyof RecommenderOptions, number[]>> = {
  coReadWeight: [0, 0.3, 1, 3],
  coReadSaturation: [0.01, 0.05, 0.2, 1],
  coReadReverseWeight: [0, 0.5, 1],
  coReadShrinkage: [0, 2, 10],
  similarWeight: [0, 0.4, 0.8, 1.6],
  historySimilarWeight: [0, 0.2, 0.4, 1],
  historyWeight: [0.3, 0.7, 1.5],
  historyHalfLife: [2, 5, 20],
  popularWeight: [0.1, 0.3, 1, 3],
  popularityHalfLifeHours: [6, 24, 72],
  freshWeight: [0, 0.05, 0.15, 0.5],
  freshHalfLifeHours: [6, 24, 72],
  sectionWeight: [0, 0.1, 0.3],
};

const auc = (options: Partial<RecommenderOptions>) => evaluateSplit(data, validationDay, unseen, options).ours.auc;
let best: Partial<RecommenderOptions> = {};
let bestAuc = auc(best);
const base = evaluateSplit(data, validationDay, unseen, {});
console.log(`validation ${validationDay} (model from ${base.trainDays.join(', ')}), unseen=${unseen}`);
console.log(`defaults: AUC ${bestAuc.toFixed(4)}; popularity ${base.popularity.auc.toFixed(4)}, random ${base.random.auc.toFixed(4)}`);
for (let round = 1; round <= Number(values.rounds); round++) {
  for (const [key, choices] of Object.entries(grid) as [keyof RecommenderOptions, number[]][]) {
    const tried = choices.map((value) => ({ value, auc: auc({ ...best, [key]: value }) }));
    const top = tried.reduce((a, b) => (b.auc > a.auc + 1e-4 ? b : a), { value: best[key] ?? recommenderDefaults[key], auc: bestAuc });
    console.log(`round ${round} ${key}: ${tried.map((t) => `${t.value}→${t.auc.toFixed(4)}`).join('  ')}  ⇒ ${top.value}`);
    best = { ...best, [key]: top.value };
    bestAuc = top.auc;
  }
}
console.log(`best on validation: AUC ${bestAuc.toFixed(4)} with ${JSON.stringify(best)}`);
