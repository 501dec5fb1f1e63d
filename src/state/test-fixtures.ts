// Two lab release data sets for the calibration-data tests: the 18-point sheet a calibration was fitted to and the 16-point sheet that replaced it (walk11 #14).
import type { MeasuredRelease } from './types';

const curve = (pH: number, pts: [number, number][]): MeasuredRelease => ({ pH, points: pts });
export const EIGHTEEN_POINTS: MeasuredRelease[] = [
  curve(7.4, [[0, 0], [1, 1.2], [2, 2.1], [4, 3.3], [8, 4.6], [12, 5.4], [24, 6.3], [48, 7.9], [72, 8.8]]),
  curve(5.0, [[0, 0], [1, 9.5], [2, 17], [4, 29], [8, 44], [12, 55], [24, 72], [48, 86], [72, 92]]),
];
export const SIXTEEN_POINTS: MeasuredRelease[] = [
  curve(7.4, [[0, 0], [1, 1.4], [2, 2.5], [4, 3.9], [8, 5.1], [12, 6.0], [24, 7.1], [48, 8.5]]),
  curve(5.0, [[0, 0], [1, 10.1], [2, 18.2], [4, 30.5], [8, 45.9], [12, 57.0], [24, 73.8], [48, 87.2]]),
];
