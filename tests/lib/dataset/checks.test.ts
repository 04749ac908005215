import { describe, expect, it } from 'vitest';
import {
  checkAliases, checkCampaigns, checkCoordinates, checkDates, checkDuplicateIncidents, checkReferences, checkSources,
  checkUniqueIds, runChecks,
} from '../../../lib/dataset/checks';
import type { DatasetContent } from '../../../lib/dataset';
import { fold, shipped, validContent } from '../../fixtures/shipped-data';

const TODAY = '2026-11-21';
const checks: Record<string, (d: DatasetContent) => unknown[]> = {
  checkUniqueIds, checkReferences, checkDuplicateIncidents, checkCampaigns, checkCoordinates, checkSources,
  checkDates: (d) => checkDates(d, TODAY),
  checkAliases: (d) => checkAliases(d, fold),
};
/** The messages one check finds after `breakIt` changed a valid dataset. */
const found = (check: (d: DatasetContent) => unknown[], breakIt: (d: DatasetContent) => void) => {
  const d = validContent();
  breakIt(d);
  return check(d).map((p) => (p as { where: string; message: string }).where + ': ' + (p as { message: string }).message);
};

describe('the shipped data', () => {
  it('passes the schema and every check', () => {
    expect(shipped().problems).toEqual([]);
  });
  it.each(Object.entries(checks))('passes %s', (_, check) => {
    expect(check(shipped().content)).toEqual([]);
  });
});

describe('the valid fixture', () => {
  it('passes every check', () => {
    expect(runChecks(validContent(), { today: TODAY, fold })).toEqual([]);
  });
});

describe('checkUniqueIds', () => {
  it('catches an incident id used twice', () => {
    expect(found(checkUniqueIds, (d) => d.incidents.push({ ...d.incidents[0]!, sites: ['tower-22'] }))).toEqual([
      '2023-10-30-ain-al-asad-rocket: id used by more than one incident',
    ]);
  });
  it('catches a base and a militia sharing an id', () => {
    expect(found(checkUniqueIds, (d) => (d.militias[0]!.id = 'tower-22'))).toHaveLength(1);
  });
});

describe('checkReferences', () => {
  it('catches an unknown site, claimant, attributed group and umbrella', () => {
    expect(found(checkReferences, (d) => {
      d.incidents[0]!.sites = ['ain-al-assad'];
      d.incidents[0]!.claimed_by = ['nobody'];
      d.incidents[0]!.attributed_to[0]!.group = 'ghost';
      d.militias[0]!.umbrella = ['missing-umbrella'];
    })).toEqual([
      'group-a: umbrella "missing-umbrella" is not a militia id',
      '2023-10-30-ain-al-asad-rocket: site "ain-al-assad" is not a base id',
      '2023-10-30-ain-al-asad-rocket: claimed_by "nobody" is not a militia id',
      '2023-10-30-ain-al-asad-rocket: attributed_to.group "ghost" is not a militia id',
    ]);
  });
  it('catches a site that names a militia and a group that is its own umbrella', () => {
    expect(found(checkReferences, (d) => {
      d.incidents[1]!.sites = ['group-a'];
      d.militias[1]!.umbrella = ['umbrella-u'];
    })).toHaveLength(2);
  });
});

describe('checkDuplicateIncidents', () => {
  const second = (d: DatasetContent, id: string, weapons = d.incidents[0]!.weapons) => d.incidents.push({ ...d.incidents[0]!, id, weapons });
  it('catches the same site, date and weapons under two ids', () => {
    expect(found(checkDuplicateIncidents, (d) => second(d, '2023-10-30-ain-al-asad-rockets'))).toHaveLength(1);
  });
  it('compares weapons as a set and catches a shared site among several', () => {
    expect(found(checkDuplicateIncidents, (d) => {
      d.incidents[0]!.weapons = ['rocket', 'drone'];
      d.incidents.push({ ...d.incidents[0]!, id: '2023-10-30-two-sites', sites: ['tower-22', 'ain-al-asad'], weapons: ['drone', 'rocket', 'drone'] });
    })).toHaveLength(1);
  });
  it('accepts a second attack the same day when its id carries -2, and different weapons', () => {
    expect(found(checkDuplicateIncidents, (d) => second(d, '2023-10-30-ain-al-asad-rocket-2'))).toEqual([]);
    expect(found(checkDuplicateIncidents, (d) => second(d, '2023-10-30-ain-al-asad-drone', ['drone']))).toEqual([]);
  });
});

describe('checkDates', () => {
  it('catches future, pre-2019 and impossible dates, precision and id mismatches', () => {
    expect(found(checks.checkDates!, (d) => {
      d.incidents[0]!.date = '2027-01-05';
      d.incidents[1]!.date = '2018-12-31';
      d.incidents[1]!.date_precision = 'month';
      d.bases[0]!.status[0]!.date = '2027-02';
      d.militias[1]!.designations[0]!.since = '2030';
    })).toEqual([
      '2023-10-30-ain-al-asad-rocket: date 2027-01-05 is in the future (today is 2026-11-21)',
      '2023-10-30-ain-al-asad-rocket: id does not start with the date 2027-01-05',
      '2024-01-28-tower-22-drone: date 2018-12-31 is before 2019-01-01',
      '2024-01-28-tower-22-drone: month precision needs the first day of the month',
      '2024-01-28-tower-22-drone: id does not start with the date 2018-12-31',
      'ain-al-asad: status date 2027-02 is in the future (today is 2026-11-21)',
      'umbrella-u: designation since 2030 is in the future (today is 2026-11-21)',
    ]);
  });
  it('catches a date that is not on the calendar', () => {
    expect(found(checks.checkDates!, (d) => {
      d.incidents[0]!.date = '2023-02-29';
      d.incidents[0]!.id = '2023-02-29-ain-al-asad-rocket';
    })).toContain('2023-02-29-ain-al-asad-rocket: date 2023-02-29 is not a calendar date');
  });
});

describe('checkCampaigns', () => {
  it('catches a Gaza-war label outside 17 Oct 2023 – 4 Feb 2024 and a date inside it without the label', () => {
    expect(found(checkCampaigns, (d) => {
      d.incidents[0]!.date = '2023-10-16';
      d.incidents[1]!.campaign = '2024-resumption';
    })).toHaveLength(2);
  });
  it('includes both ends of the window', () => {
    expect(found(checkCampaigns, (d) => {
      d.incidents[0]!.date = '2023-10-17';
      d.incidents[1]!.date = '2024-02-04';
    })).toEqual([]);
  });
});

describe('checkCoordinates', () => {
  it('catches swapped lat/lon, a point in the wrong country and a country without a box', () => {
    expect(found(checkCoordinates, (d) => {
      d.bases[0]!.coordinates = { ...d.bases[0]!.coordinates!, lat: 42.4412, lon: 33.7857 };
      d.bases[1]!.country = 'KW'; // Tower 22 is in Jordan
      d.militias[1]!.country = 'ZZ';
    })).toEqual([
      'umbrella-u: no bounding box for country ZZ in lib/dataset/country-bounds.ts',
      'ain-al-asad: 42.4412, 33.7857 is outside IQ (lat/lon swapped or wrong country?)',
      'tower-22: 33.31417, 38.70333 is outside KW (lat/lon swapped or wrong country?)',
    ]);
  });
  it('accepts a point within the 0.2° margin and a base without coordinates', () => {
    expect(found(checkCoordinates, (d) => {
      d.bases[0]!.coordinates = { ...d.bases[0]!.coordinates!, lat: 37.5, lon: 42.4 }; // IQ north edge 37.39
      d.bases[1]!.coordinates = null;
    })).toEqual([]);
  });
});

describe('checkSources', () => {
  it('catches an incident without sources, a repeated source and malformed URLs', () => {
    expect(found(checkSources, (d) => {
      d.incidents[0]!.sources = [];
      d.incidents[1]!.sources = ['https://example.org/a', 'https://example.org/a'];
      d.bases[0]!.coordinates!.source = 'ftp://example.org/map';
      d.militias[1]!.designations[0]!.source = 'https://example.org./x';
      d.incidents[1]!.attributed_to[0]!.source = 'https://exa mple.org/';
    })).toEqual([
      'ain-al-asad: not a well-formed http(s) URL: ftp://example.org/map',
      'umbrella-u: not a well-formed http(s) URL: https://example.org./x',
      '2023-10-30-ain-al-asad-rocket: no source',
      '2024-01-28-tower-22-drone: source listed twice: https://example.org/a',
      '2024-01-28-tower-22-drone: not a well-formed http(s) URL: https://exa mple.org/',
    ]);
  });
});

describe('checkAliases', () => {
  it('catches a name two entities claim after folding (hamza, alef, ة, case)', () => {
    expect(found(checks.checkAliases!, (d) => d.bases[1]!.aliases.push({ text: 'عين الاسد', lang: 'ar' }))).toHaveLength(1);
    expect(found(checks.checkAliases!, (d) => d.militias[1]!.aliases.push({ text: 'AIN AL-ASAD', lang: 'en' }))).toHaveLength(1);
  });
  it('catches a shared name marked ambiguous on one entity only', () => {
    expect(found(checks.checkAliases!, (d) => {
      d.bases[0]!.aliases.push({ text: 'الأسد', lang: 'ar', ambiguous: true });
      d.bases[1]!.aliases.push({ text: 'الاسد', lang: 'ar' });
    })).toHaveLength(1);
  });
  it('accepts a shared name marked ambiguous on both', () => {
    expect(found(checks.checkAliases!, (d) => {
      d.bases[0]!.aliases.push({ text: 'الأسد', lang: 'ar', ambiguous: true });
      d.bases[1]!.aliases.push({ text: 'الاسد', lang: 'ar', ambiguous: true });
    })).toEqual([]);
  });
  it('catches one entity listing a variant that folding already covers', () => {
    expect(found(checks.checkAliases!, (d) => d.bases[0]!.aliases.push({ text: 'عين الأسد', lang: 'ar' }))).toHaveLength(1);
  });
});
