// The report as the data files say it, for the end-to-end tests: counts, titles and names come
// from `data/`, not from this year's letter, so next year's report passes the same tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.mjs';

const read = (file) => JSON.parse(readFileSync(join(ROOT, 'data', file), 'utf8'));

export const report = read('report.json');
export const { results } = read('results.json');
export const { countries } = read('countries.json');
export const { footnotes } = read('footnotes.json');
export const taxonomy = read('taxonomy.json');

export const TOTAL = results.length;

/** The result with this id. */
export const result = (id) => results.find((r) => r.id === id);

/** The Dutch (or `lang`) titles of the results that `keep` keeps, in the letter's order. */
export const titles = (keep = () => true, lang = 'nl') => results.filter(keep).map((r) => r.title[lang]);

/** How many results `keep` keeps. */
export const count = (keep) => results.filter(keep).length;

/** Whether a result names a place (a country code or an area id). */
export const names = (place) => (r) => r.countries.some((c) => c.code === place) || r.regions.includes(place);

/** A country's or area's name. */
export const placeName = (place, lang = 'nl') =>
  (countries.find((c) => c.code === place) ?? taxonomy.regions.find((r) => r.id === place)).name[lang];

/** "1 resultaat", "3 resultaten" (as the widget writes them). */
export const resultsCount = (n, lang = 'nl') =>
  lang === 'nl' ? (n === 1 ? '1 resultaat' : `${n} resultaten`) : (n === 1 ? '1 result' : `${n} results`);

/** "12 van 38 resultaten", or "38 resultaten" when all show. */
export const shownCount = (shown, lang = 'nl') =>
  shown === TOTAL ? resultsCount(TOTAL, lang) : `${shown} ${lang === 'nl' ? 'van' : 'of'} ${resultsCount(TOTAL, lang)}`;

/** The country with the most results (ties: the first in the data), and the area likewise. */
export const busiestCountry = countries
  .map((c) => [c.code, count(names(c.code))])
  .filter(([code]) => code !== report.reporting_country)
  .sort((a, b) => b[1] - a[1])[0][0];

/** How many results one page of the list shows (core/src/filter.rs, PAGE). */
export const PAGE = 60;
