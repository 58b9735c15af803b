/**
 * Abbreviations whose period does not end a sentence: titles, company forms and the like. One
 * list for every question of the kind "does this period end the sentence?".
 */
export const ABBREVIATIONS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Jr', 'Sr', 'Gen', 'Sen', 'Rep', 'Gov', 'Prof', 'No', 'Nos', 'Vol', 'vs', 'etc', 'al',
  'Inc', 'Corp', 'Co', 'Ltd',
];

/** Text that ends with one of the abbreviations ("… Inc.", "Sen."). */
export const ENDS_WITH_ABBREVIATION = new RegExp(`(?:^|[\\s(])(?:${ABBREVIATIONS.join('|')})\\.$`);

/** Text that ends with a dotted abbreviation of two or more letters ("U.S.", "e.g."). */
export const ENDS_WITH_DOTTED = /(?:^|[\s(“"])(?:\p{L}{1,2}\.)+\p{L}{1,3}\.$/u;
