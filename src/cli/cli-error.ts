// The command line's one error type (contract §4: exit 2, one line on stderr); its own module so the entry loads no schema code to recognise it.
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
