// Public face of the in-vitro bench model (issue #26): transport in the well, uptake, cytotoxicity, clonogenic SER, calibration.
export * from './transport';
export * from './params';
export * from './ser';
export * from './bench';
export * from './calibrate';
export * from './viability-fit';
export * from './viability-csv';
