import { generateBrokerage } from "./core/scheduling/generate.ts";
import { solveExact } from "./server/modules/scheduling/exact.ts";
const problem = generateBrokerage({ participants: 30, meetings: 100, slots: 8, tables: 12, seed: 100 });
const r = await solveExact(problem, 120);
console.log(r.status, r.breaks, r.seconds.toFixed(1), r.variables);
