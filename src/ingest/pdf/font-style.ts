// Font facts from a PDF font name. pdf.js's text layer only reports a generic family
// ("sans-serif"), so weight and style are read from the real PostScript name.

/** Weight, style and family read from a font name. */
export interface FontStyle {
  /** Name without the six-letter subset prefix ("ABCDEF+"). */
  name: string;
  /** Family part of the name, before the style suffix ("TimesNewRomanPS", "GillSansMT"). */
  family: string;
  /** Bold, semibold, black or heavy face. */
  bold: boolean;
  /** Italic or oblique face. */
  italic: boolean;
}

const SUBSET_PREFIX = /^[A-Z]{6}\+/;
// Weight words as they appear in PostScript names: "-Bold", "-BoldMT", ",Bold", "BoldItalic",
// "Semibold", "Demi", "Black", "Heavy"; a trailing "-BI"/"-B" short form is also common.
const BOLD = /bold|black|heavy|demi|semibold|-b(?:i)?$|,b(?:i)?$/i;
const ITALIC = /italic|oblique|-(?:b)?i$|,(?:b)?i$|-it$|boldit$/i;

/** Reads family, bold and italic from a PDF font name such as "ABCDEF+Calibri-BoldItalic". */
export function fontStyle(rawName: string): FontStyle {
  const name = rawName.replace(SUBSET_PREFIX, '');
  const cut = name.search(/[-,]/);
  const base = cut > 0 ? name.slice(0, cut) : name.replace(/(bold|italic|oblique|black|heavy).*$/i, '');
  // "TimesNewRomanPSMT" and "TimesNewRomanPS-BoldMT" are one family: drop the vendor tails.
  const family = base.replace(/(?:PS)?(?:MT)?$/, '') || name;
  return { name, family, bold: BOLD.test(name), italic: ITALIC.test(name) };
}
