import type { Command } from "commander";
import { refreshMatches } from "../server/modules/matching/maintenance.ts";
import { configFrom, describeDatabase, withDatabase } from "./database.ts";
import { createProgress } from "./progress.ts";

export function registerMatchCommands(program: Command) {
  const match = program.command("match").description("matchmaking");
  match
    .command("rebuild")
    .description("recompute every challenge's and solution's stored recommendations")
    .action(async (_options: unknown, command: Command) => {
      const config = configFrom(command);
      await withDatabase(config, async ({ db }) => {
        const progress = createProgress("Rebuilding recommendations");
        const result = await refreshMatches(db, {
          rebuild: true,
          progress: (step) =>
            progress.update({ table: step.stage, done: step.done, total: step.total }),
        });
        progress.stop();
        process.stdout.write(
          `Recommendations rebuilt in ${describeDatabase(config)}: ${result.items} items ranked, ${result.lists} lists written in ${result.seconds.toFixed(1)} s\n`,
        );
      });
    });
}
