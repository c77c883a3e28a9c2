/** A build hands its validated load result to the pages; a second build in the same process gets a model of its own. */
import { expect, it } from 'vitest';
import { loadDataFolder } from '../../src/lib/dataset/load.ts';
import { shareLoadedData } from '../../src/lib/site/data.ts';
import { siteModel } from '../../src/lib/site/model.ts';

it('the site model follows the load result handed over last', () => {
  process.env.DATA_DIR = 'tests/site-fixture';
  const first = loadDataFolder('tests/site-fixture');
  shareLoadedData('tests/site-fixture', first);
  expect(siteModel().load).toBe(first);
  expect(siteModel()).toBe(siteModel());
  const second = loadDataFolder('tests/site-fixture');
  shareLoadedData('tests/site-fixture', second);
  expect(siteModel().load).toBe(second);
});
