// A test fixture shared by the in-vitro bench tests: a HeLa monolayer in a 24-well plate with 50 nm gold, no drug.
import type { InvitroBenchInput } from './index';

export const TEST_WELL: InvitroBenchInput = {
  cell: { id: 'hela', alphaPerGy: 0.3, betaPerGy2: 0.04, cellVolumeUm3: 3000, platingEfficiency: 0.6, doublingTimeH: 23 },
  wellAreaCm2: 1.9,
  mediumVolumeMl: 0.5,
  concentrationUgPerMl: 10,
  incubationH: 24,
  serumFraction: 0.1,
  temperatureC: 37,
  cellsPerCm2: 5e4,
  diameterNm: 50,
  particleDensityGPerCm3: 19.3,
  highZMassFractions: { Au: 1 },
  drugs: [],
  releasedInMedium: () => 0,
  releasedInCells: () => 0,
  dissolved: () => 0,
  freeDrug: false,
  beam: 'kvp:105:2mmAl',
  dosesGy: [0, 2, 4, 6],
};
