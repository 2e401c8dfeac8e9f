/**
 * 决算通 command line: `npm run cli --silent -- <command> [args]`. A small router: each command is a
 * module in scripts/cli/ registered below with its one-line usage; the exit code is the command's.
 */
import { checkCommand } from "./cli/check";
import { narrativeCommand } from "./cli/narrative";
import { checkPerformanceCommand } from "./cli/check-performance";
import { exportCommand } from "./cli/export";
import { importCommand } from "./cli/import";
import type { CliCommand, CliIO } from "./cli/types";

const COMMANDS: Record<string, CliCommand> = {
  check: checkCommand,
  narrative: narrativeCommand,
  "check-performance": checkPerformanceCommand,
  import: importCommand,
  export: exportCommand,
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name} ${c.usage}\n      ${c.summary}`);
  return `用法：npm run cli --silent -- <命令> [参数]\n\n命令：\n${lines.join("\n")}\n`;
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`未知命令“${name}”。\n\n${usage()}`);
    return 2;
  }
  return command.run(args, io);
}

const processIO: CliIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

// Run only when executed (tests import runCli).
if (process.argv[1] && /cli\.ts$/u.test(process.argv[1])) {
  runCli(process.argv.slice(2), processIO).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`出错：${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
