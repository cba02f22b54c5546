import { describe, expect, it } from 'vitest';
import { COUNTRIES, countryName, isCountryCode, searchCountries } from '@/spec/countries';

const codes = (list: { code: string }[]) => list.map((c) => c.code);

describe('COUNTRIES', () => {
  it('has the 249 assigned ISO 3166-1 codes plus Kosovo', () => {
    expect(COUNTRIES).toHaveLength(250);
    expect(COUNTRIES.filter((c) => c.userAssigned).map((c) => c.code)).toEqual(['XKX']);
  });

  it('has unique upper-case alpha-3 codes', () => {
    expect(new Set(codes([...COUNTRIES])).size).toBe(COUNTRIES.length);
    for (const c of COUNTRIES) expect(c.code).toMatch(/^[A-Z]{3}$/);
  });

  it('is sorted by name', () => {
    const names = COUNTRIES.map((c) => c.name);
    const fold = (s: string) =>
      s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
    expect([...names].sort((a, b) => (fold(a) < fold(b) ? -1 : 1))).toEqual(names);
    expect(names[0]).toBe('Afghanistan');
    expect(names.indexOf('Åland Islands')).toBe(1);
  });

  it.each([
    ['GBR', 'United Kingdom'],
    ['USA', 'United States'],
    ['IRL', 'Ireland'],
    ['DEU', 'Germany'],
    ['CIV', "Côte d'Ivoire"],
    ['XKX', 'Kosovo'],
  ])('names %s %s', (code, name) => {
    expect(countryName(code)).toBe(name);
    expect(isCountryCode(code)).toBe(true);
  });

  it.each(['UK', 'gbr', 'GB', 'XXX', ''])('rejects %j as a code', (code) => {
    expect(isCountryCode(code)).toBe(false);
    expect(countryName(code)).toBeUndefined();
  });
});

describe('searchCountries', () => {
  it('puts the exact code first, then name prefixes', () => {
    expect(codes(searchCountries('irl'))[0]).toBe('IRL');
    expect(codes(searchCountries('ire')).slice(0, 1)).toEqual(['IRL']);
  });

  it('lists prefix matches before other matches', () => {
    const hits = codes(searchCountries('united'));
    expect(hits.slice(0, 4)).toEqual(['ARE', 'GBR', 'USA', 'UMI']);
    const guinea = codes(searchCountries('guinea'));
    expect(guinea.slice(0, 2)).toEqual(['GIN', 'GNB']);
    expect(guinea).toEqual(expect.arrayContaining(['GNQ', 'PNG']));
    expect(guinea.indexOf('PNG')).toBeGreaterThan(guinea.indexOf('GNB'));
  });

  it('ignores case and accents', () => {
    expect(codes(searchCountries('COTE'))).toEqual(['CIV']);
    expect(codes(searchCountries('aland'))).toEqual(['ALA', 'NZL']);
    expect(codes(searchCountries('turkiye'))).toEqual(['TUR']);
    expect(codes(searchCountries('Türk'))).toEqual(['TUR', 'TKM', 'TCA']);
    expect(codes(searchCountries('curacao'))).toEqual(['CUW']);
  });

  it('finds countries by code prefix and common aliases', () => {
    expect(codes(searchCountries('US'))[0]).toBe('USA');
    expect(codes(searchCountries('uk'))[0]).toBe('GBR');
    expect(codes(searchCountries('turkey'))).toEqual(['TUR']);
    expect(codes(searchCountries('holy see'))).toEqual(['VAT']);
  });

  it('matches within names', () => {
    expect(codes(searchCountries('congo')).sort()).toEqual(['COD', 'COG']);
    expect(codes(searchCountries('zealand'))).toEqual(['NZL']);
  });

  it('returns every country for an empty query and none for nonsense', () => {
    expect(searchCountries('  ')).toHaveLength(COUNTRIES.length);
    expect(searchCountries('zzqx')).toEqual([]);
  });
});
