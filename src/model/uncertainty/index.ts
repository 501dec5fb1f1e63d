// Public face of M6 uncertainty and sensitivity.
export * from './monte-carlo';
