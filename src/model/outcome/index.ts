// Public face of the outcome model: schedules, Poisson / population TCP, the radiobiology bridge, dose–response and the clinical calibration points.
export * from './params';
export * from './schedules';
export * from './tcp';
export * from './bridge';
export * from './dose-response';
export * from './calibration';
export * from './outcome';
