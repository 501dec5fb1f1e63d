// Public face of the one CSV reader (tokenizer, numbers) and the one CSV writer (formula-safe cells) of the product.
export { CSV_LIMITS, SEPARATOR_NAMES, columnName, csvNumber, csvRecords, readCsv, type CsvReadOptions, type CsvRecord, type CsvRefusal, type CsvSeparator, type CsvTable } from './read';
export { csvCell, csvLine, csvText, type CsvDelimiter } from './write';
