import { fieldOfHeading, linesOf, parseDate, parsePercent, proposeValue } from './import-fields';

const vocabulary = {
  themes: [
    { code: 'health-care', nameNl: 'Zorg', nameDe: 'Gesundheitsversorgung', nameEn: 'Health care' },
    { code: 'labour-market', nameNl: 'Arbeidsmarkt', nameDe: 'Arbeitsmarkt', nameEn: 'Labour market' },
  ],
  organisations: [
    { code: 'GLD', nameNl: 'Provincie Gelderland', nameDe: 'Provinz Gelderland', nameEn: 'Province of Gelderland' },
    { code: 'BR-MUE', nameNl: 'Bezirksregierung Münster', nameDe: 'Bezirksregierung Münster', nameEn: 'Bezirksregierung Münster' },
    { code: 'SZW', nameNl: 'Ministerie van Sociale Zaken en Werkgelegenheid', nameDe: 'Ministerium für Soziales und Arbeit', nameEn: 'Ministry of Social Affairs and Employment' },
  ],
};

describe('reading partners’ sheets', () => {
  it.each([
    ['Omschrijving', 'description'],
    ['Beschreibung', 'description'],
    ['Description', 'description'],
    ['Stand van zaken', 'status'],
    ['Trekker', 'reporter'],
    ['Federführung', 'owner'],
    ['Eigenaar actie', 'owner'],
    ['Waarom oplossen?', 'whyToSolve'],
    ['Titel (DE): herkomst', 'title.de.provenance'],
    ['Title (NL)', 'title.nl'],
    ['Datum gemeld', null],
  ])('reads the heading %s as %s', (heading, field) => {
    expect(fieldOfHeading(heading)).toBe(field);
  });

  it.each([
    [new Date(Date.UTC(2024, 4, 2)), '2024-05-02'],
    ['12-03-2024', '2024-03-12'],
    ['12.03.2024', '2024-03-12'],
    ['1-6-2026', '2026-06-01'],
    ['2024-04-08T00:00:00.000Z', '2024-04-08'],
    [45900, '2025-08-31'],
    ['31-02-2024', null],
    ['soon', null],
  ])('reads the date %p as %p', (cell, date) => {
    expect(parseDate(cell)).toBe(date);
  });

  it.each([
    ['40%', 40],
    ['25 %', 25],
    ['0,2', 20],
    [0.3, 30],
    ['60', 60],
    ['100%', 100],
    ['120%', null],
    ['veel', null],
  ])('reads the progress %p as %p', (cell, percent) => {
    expect(parsePercent(cell)).toBe(percent);
  });

  it('proposes codes for the words of a sheet, in three languages and with abbreviations', () => {
    expect(proposeValue('status', 'in behandeling', vocabulary)).toBe('IDENTIFICATION');
    expect(proposeValue('status', 'Abgeschlossen', vocabulary)).toBe('CLOSED');
    expect(proposeValue('status', 'afgewezen', vocabulary)).toBe('CLOSED:NO_OBSTACLE');
    expect(proposeValue('type', 'uitvoeringspraktijk', vocabulary)).toBe('ADMINISTRATIVE_PRACTICE');
    expect(proposeValue('theme', 'Gesundheitsversorgung', vocabulary)).toBe('health-care');
    expect(proposeValue('organisation', 'Prov. Gelderland', vocabulary)).toBe('GLD');
    expect(proposeValue('organisation', 'BR Münster', vocabulary)).toBe('BR-MUE');
    expect(proposeValue('organisation', 'GrensInfoPunt / Prov. Gelderland', vocabulary)).toBe('GLD');
    expect(proposeValue('organisation', 'szw', vocabulary)).toBe('SZW');
    expect(proposeValue('organisation', 'Gemeente Zevenaar', vocabulary)).toBeNull();
  });

  it('splits a cell of several actions into its lines', () => {
    expect(linesOf('Uitzoeken\nVoorlichtingsfolder in twee talen\n')).toEqual(['Uitzoeken', 'Voorlichtingsfolder in twee talen']);
    expect(linesOf(45900)).toEqual([45900]);
    expect(linesOf(null)).toEqual([]);
  });
});
