/** The shape of a CLI command, so that commands can be added as modules and tested without a process. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export interface CliCommand {
  /** Arguments, as shown in the usage ("FILE [--json]"). */
  usage: string;
  /** One line in Chinese: what the command does. */
  summary: string;
  /** Returns the process exit code. */
  run(args: string[], io: CliIO): Promise<number>;
}
