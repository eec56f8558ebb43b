/**
 * People who appear in the demo register. The first ones are the demo accounts
 * of the realm export (they sign in and find their own work); the others are
 * colleagues of organisations without a demo account. All names are invented.
 */
export interface DemoPerson {
  username: string;
  name: string;
  organisation: string;
  role: 'partner' | 'department' | 'commissioner' | 'secretariat' | 'admin';
}

export const DEMO_PEOPLE: DemoPerson[] = [
  { username: 'anna.degroot', name: 'Anna de Groot', organisation: 'GLD', role: 'partner' },
  { username: 'jonas.hartmann', name: 'Jonas Hartmann', organisation: 'BR-MUE', role: 'partner' },
  { username: 'katrin.schulz', name: 'Katrin Schulz', organisation: 'NRW', role: 'partner' },
  { username: 'lotte.peeters', name: 'Lotte Peeters', organisation: 'VLA', role: 'partner' },
  { username: 'eva.smit', name: 'Eva Smit', organisation: 'GR', role: 'partner' },
  { username: 'frauke.meyer', name: 'Frauke Meyer', organisation: 'NDS', role: 'partner' },
  { username: 'miriam.vos', name: 'Miriam Vos', organisation: 'SZW', role: 'department' },
  { username: 'ruben.bakker', name: 'Ruben Bakker', organisation: 'VWS', role: 'department' },
  { username: 'daan.visser', name: 'Daan Visser', organisation: 'OCW', role: 'department' },
  { username: 'hendrik.mulder', name: 'Hendrik Mulder', organisation: 'GLD', role: 'commissioner' },
  { username: 'marco.meijer', name: 'Marco Meijer', organisation: 'OV', role: 'commissioner' },
  { username: 'lieke.hermans', name: 'Lieke Hermans', organisation: 'LI-NL', role: 'commissioner' },
  { username: 'femke.jansen', name: 'Femke Jansen', organisation: 'BZK', role: 'secretariat' },
  { username: 'tom.willems', name: 'Tom Willems', organisation: 'BZK', role: 'admin' },
  // Colleagues without a demo account
  { username: 'bernd.krueger', name: 'Bernd Krüger', organisation: 'BR-DUS', role: 'partner' },
  { username: 'sabine.wolf', name: 'Sabine Wolf', organisation: 'BR-KOE', role: 'partner' },
  { username: 'joost.kuipers', name: 'Joost Kuipers', organisation: 'OV', role: 'partner' },
  { username: 'maud.lemmens', name: 'Maud Lemmens', organisation: 'LI-NL', role: 'partner' },
  { username: 'gerrit.brinkman', name: 'Gerrit Brinkman', organisation: 'EUREGIO', role: 'partner' },
  { username: 'claudia.janssen', name: 'Claudia Janßen', organisation: 'ERW', role: 'partner' },
  { username: 'peter.hoffmann', name: 'Peter Hoffmann', organisation: 'ERMN', role: 'partner' },
  { username: 'sophie.dubois', name: 'Sophie Dubois', organisation: 'EMR', role: 'partner' },
  { username: 'harm.dijkstra', name: 'Harm Dijkstra', organisation: 'DR', role: 'partner' },
  { username: 'tjitske.hoekstra', name: 'Tjitske Hoekstra', organisation: 'FR', role: 'partner' },
  { username: 'ute.brandt', name: 'Ute Brandt', organisation: 'EDR', role: 'partner' },
  { username: 'koen.maes', name: 'Koen Maes', organisation: 'ANT', role: 'partner' },
  { username: 'elien.vermeulen', name: 'Elien Vermeulen', organisation: 'WVL', role: 'partner' },
  { username: 'pieter.declercq', name: 'Pieter De Clercq', organisation: 'OVL', role: 'partner' },
  { username: 'ine.claes', name: 'Ine Claes', organisation: 'LI-BE', role: 'partner' },
  { username: 'marloes.dehaan', name: 'Marloes de Haan', organisation: 'ZE', role: 'partner' },
  { username: 'wouter.vanrijn', name: 'Wouter van Rijn', organisation: 'NB', role: 'partner' },
  { username: 'rik.vandam', name: 'Rik van Dam', organisation: 'IENW', role: 'department' },
  { username: 'noor.elamrani', name: 'Noor El Amrani', organisation: 'JENV', role: 'department' },
  { username: 'bas.kramer', name: 'Bas Kramer', organisation: 'FIN', role: 'department' },
  { username: 'ilse.verbeek', name: 'Ilse Verbeek', organisation: 'EZ', role: 'department' },
  { username: 'thijs.vermeer', name: 'Thijs Vermeer', organisation: 'BZK', role: 'department' },
];

/** The person who speaks for an organisation in the demo history. */
export function personOf(organisation: string): DemoPerson {
  const person = DEMO_PEOPLE.find((p) => p.organisation === organisation && p.role !== 'commissioner' && p.role !== 'admin');
  if (!person) throw new Error(`no demo person for ${organisation}`);
  return person;
}
