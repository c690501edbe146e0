import { parseDataset } from '../../src/dataset/parse.ts';
import { changeIn } from '../../src/model/change.ts';
import { yearSentence } from '../../src/model/wording/sentence.ts';
import { RUNS, median } from './bench-env.ts';
import { format, type Row } from './results-table.ts';

/** Parsing in node, then every change and sentence (zh) of every metric and year. */
export function modelRows(sizes: readonly number[], text: (size: number) => string): Row[] {
  return sizes.flatMap((n) => {
    const parse: number[] = [];
    const all: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      let start = performance.now();
      const dataset = parseDataset(text(n), `x${n}`);
      parse.push(performance.now() - start);
      start = performance.now();
      for (const metric of dataset.metrics)
        for (const year of dataset.years) {
          changeIn(metric, year);
          yearSentence(metric, year, 'zh');
        }
      all.push(performance.now() - start);
    }
    const group = `model on the dataset ×${n} (node)`;
    return [
      { group, what: 'parse and validate', ours: median(parse), show: format.ms },
      { group, what: 'every change and sentence, zh', ours: median(all), show: format.ms },
    ];
  });
}
