import type { CitationData, CitationStyle } from '../../query/citation.js';
import { apaCitation, apaInText } from './apa.js';
import { bibtexCitation } from './bibtex.js';
import { chicagoCitation } from './chicago.js';
import { crsCitation } from './crs.js';
import { mlaCitation, mlaInText } from './mla.js';

/** A citation in one style: the reference, and for APA and MLA with a page, the in-text form. */
export interface Citation {
  readonly text: string;
  readonly inText: string | null;
}

/** The brief (or one of its sentences) cited in a style. */
export function cite(c: CitationData, style: CitationStyle): Citation {
  switch (style) {
    case 'crs':
      return { text: crsCitation(c), inText: null };
    case 'apa':
      return { text: apaCitation(c), inText: apaInText(c) };
    case 'mla':
      return { text: mlaCitation(c), inText: mlaInText(c) };
    case 'chicago':
      return { text: chicagoCitation(c), inText: null };
    case 'bibtex':
      return { text: bibtexCitation(c), inText: null };
  }
}
