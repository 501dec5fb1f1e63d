// Public face of the radiobiology model: LQ, oxygen, FAK biology, the combined radiosensitization chain and the LQ fit.
export * from './lq';
export * from './oxygen';
export * from './fak';
export * from './params';
export * from './root';
export * from './radiosensitization';
export * from './fit-survival';
