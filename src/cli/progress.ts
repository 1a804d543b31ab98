import cliProgress from "cli-progress";

/** A progress bar on a terminal; plain lines when output is piped (CI, logs). */
export function createProgress(label: string) {
  if (!process.stderr.isTTY) {
    let lastTable = "";
    return {
      update(step: { table: string; done: number; total: number }) {
        if (step.table !== lastTable && step.done >= step.total) {
          process.stderr.write(`${label}: ${step.table} ${step.done}/${step.total}\n`);
          lastTable = step.table;
        }
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} {table} [{bar}] {value}/{total}`,
      stream: process.stderr,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(step: { table: string; done: number; total: number }) {
      if (!started) {
        bar.start(step.total, step.done, { table: step.table });
        started = true;
      }
      bar.setTotal(step.total);
      bar.update(step.done, { table: step.table });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
