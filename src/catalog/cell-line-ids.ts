// Ids of the in-vitro catalog (cell lines, plate formats): small, so the schema can list them without loading the data (src/catalog/cell-lines.ts).
export const CELL_LINE_IDS = ['hela', 'siha', 'caski', 'cervical-caf', '4t1', 'mda-mb-231'] as const;
export type CellLineId = (typeof CELL_LINE_IDS)[number];
export const PLATE_IDS = ['96-well', '48-well', '24-well', '12-well', '6-well', 'dish-35mm', 't25'] as const;
export type PlateId = (typeof PLATE_IDS)[number];

export function isCellLineId(id: string): id is CellLineId {
  return (CELL_LINE_IDS as readonly string[]).includes(id);
}
export function isPlateId(id: string): id is PlateId {
  return (PLATE_IDS as readonly string[]).includes(id);
}
