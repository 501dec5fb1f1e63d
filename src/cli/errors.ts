// The command line's one error type: a message naming the field or argument and the reason (contract §4: exit 2, one line on stderr).
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
