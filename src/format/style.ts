/** Styling a formatter may apply; plain when color is off. */
export interface Style {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly match: (s: string) => string;
  readonly heading: (s: string) => string;
}

export const PLAIN: Style = { bold: (s) => s, dim: (s) => s, match: (s) => s, heading: (s) => s };
