import type { Column } from './listing/view.js';

/** A listing's columns from a record type's `{ key, header }` list (`TIMELINE_COLUMNS`, `GLOSSARY_COLUMNS`). */
export function columnsOf<R extends object>(list: readonly { key: keyof R; header: string }[]): Column<R>[] {
  return list.map((c) => ({
    label: c.header,
    cell: (r: R) => {
      const v = r[c.key];
      return v === null || v === undefined ? '' : String(v);
    },
    ...(typeof c.key === 'string' && c.key === 'page' ? { align: 'right' as const } : {}),
  }));
}
