import { Command, CommanderError } from "commander";
import { AppError } from "../server/http/errors.ts";
import { VERSION } from "../server/version.ts";
import { registerDataCommands } from "./data.ts";
import { registerIndexCommands } from "./index.ts";
import { registerMatchCommands } from "./match.ts";
import { registerScheduleCommands } from "./schedule.ts";
import { registerServe } from "./serve.ts";

const program = new Command()
  .name("citymatch")
  .description("citymatch: cities, providers, matchmaking, meetings, awards, indices")
  .version(VERSION)
  .option("--data-dir <dir>", "embedded database and uploads (CITYMATCH_DATA_DIR, default ./data)")
  .showHelpAfterError()
  .exitOverride();

registerServe(program);
registerDataCommands(program);
registerMatchCommands(program);
registerScheduleCommands(program);
registerIndexCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exit(error.exitCode);
  }
  const message =
    error instanceof AppError
      ? `${error.message}${error.details ? `\n${JSON.stringify(error.details, null, 2)}` : ""}`
      : error instanceof Error
        ? error.message
        : String(error);
  process.stderr.write(`citymatch: ${message}\n`);
  process.exit(1);
}
