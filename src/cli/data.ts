import { readFile, writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { DEMO_PASSWORD, loadDemoData } from "../demo/load.ts";
import { createPlatformAdmin } from "../server/modules/accounts/service.ts";
import { passwordSchema } from "../server/modules/people/schema.ts";
import { exportPlatformData, importPlatformData } from "../server/modules/platform-data/service.ts";
import { configFrom, describeDatabase, withDatabase } from "./database.ts";
import { createProgress } from "./progress.ts";

function printRows(rows: Record<string, number>) {
  for (const [table, count] of Object.entries(rows)) {
    process.stdout.write(`  ${table.padEnd(20)} ${String(count).padStart(7)}\n`);
  }
}

export function registerDataCommands(program: Command) {
  const db = program.command("db").description("database maintenance");
  db.command("migrate")
    .description("apply pending migrations (also done on every start)")
    .action(async (_options: unknown, command: Command) => {
      const config = configFrom(command);
      await withDatabase(config, async () => {
        process.stdout.write(`Migrated ${describeDatabase(config)}\n`);
      });
    });

  const demo = program.command("demo").description("demo data");
  demo
    .command("load")
    .description("load the deterministic demo (110+ cities, organizations, people, two editions)")
    .option("--seed <n>", "random seed", "2026")
    .option("--replace", "delete all existing platform data first (same transaction)")
    .action(async (options: { seed: string; replace?: boolean }, command: Command) => {
      const seed = Number(options.seed);
      if (!Number.isInteger(seed))
        throw new Error(`--seed must be an integer, not "${options.seed}"`);
      const config = configFrom(command);
      await withDatabase(config, async ({ db: database }) => {
        const progress = createProgress("Loading demo data");
        const result = await loadDemoData(database, {
          seed,
          replace: Boolean(options.replace),
          progress: progress.update,
        });
        progress.stop();
        process.stdout.write(`Demo data loaded into ${describeDatabase(config)}:\n`);
        printRows(result.rows);
        process.stdout.write(
          `Demo sign-ins (password "${DEMO_PASSWORD}"): ${Object.values(result.accounts).join(", ")}\n`,
        );
      });
    });

  const admin = program.command("admin").description("administrators");
  admin
    .command("create")
    .description("create a platform administrator (or promote the person with that e-mail)")
    .requiredOption("--email <email>", "e-mail to sign in with")
    .option("--password <password>", "at least 12 characters (or CITYMATCH_ADMIN_PASSWORD)")
    .option("--name <name>", "display name", "Platform administrator")
    .action(
      async (options: { email: string; password?: string; name: string }, command: Command) => {
        const password = options.password ?? process.env.CITYMATCH_ADMIN_PASSWORD;
        const checked = passwordSchema.safeParse(password ?? "");
        if (!checked.success) {
          throw new Error(`--password: ${checked.error.issues[0]?.message ?? "invalid"}`);
        }
        if (!/^[^@\s]+@[^@\s]+$/.test(options.email)) {
          throw new Error(`--email: "${options.email}" is not an e-mail address`);
        }
        await withDatabase(configFrom(command), async ({ db: database }) => {
          const result = await createPlatformAdmin(database, {
            email: options.email,
            password: checked.data,
            name: options.name,
          });
          process.stdout.write(
            `${result.created ? "Created" : "Promoted"} platform administrator ${options.email}\n`,
          );
        });
      },
    );

  program
    .command("export")
    .description("write all platform data to a JSON file (lossless; import restores it)")
    .requiredOption("--out <file>", "output file")
    .action(async (options: { out: string }, command: Command) => {
      await withDatabase(configFrom(command), async ({ db: database }) => {
        const progress = createProgress("Exporting");
        const document = await exportPlatformData(database, new Date(), progress.update);
        progress.stop();
        await writeFile(options.out, JSON.stringify(document));
        process.stdout.write(`Exported to ${options.out}:\n`);
        printRows(
          Object.fromEntries(Object.entries(document.tables).map(([t, r]) => [t, r.length])),
        );
      });
    });

  program
    .command("import")
    .description("load a JSON export, all or nothing, in one transaction")
    .argument("<file>", "a file written by `citymatch export`")
    .option("--replace", "delete all existing platform data first (same transaction)")
    .action(async (file: string, options: { replace?: boolean }, command: Command) => {
      let document: unknown;
      try {
        document = JSON.parse(await readFile(file, "utf8"));
      } catch (error) {
        throw new Error(`${file}: not readable JSON (${(error as Error).message})`);
      }
      await withDatabase(configFrom(command), async ({ db: database }) => {
        const progress = createProgress("Importing");
        const summary = await importPlatformData(database, document, {
          replace: Boolean(options.replace),
          progress: progress.update,
        });
        progress.stop();
        process.stdout.write(
          `Imported ${file}${summary.replaced ? " (replaced existing data)" : ""}:\n`,
        );
        printRows(summary.rows);
      });
    });
}
