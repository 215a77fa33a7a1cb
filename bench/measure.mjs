// Runs a command and reports wall time, CPU time (user+sys) and peak RSS. Uses GNU time when it is
// there (exact peak RSS of the process, worker threads included); otherwise wall time only.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const GNU_TIME = "/usr/bin/time";

export function measure(command, args, options = {}) {
  const start = process.hrtime.bigint();
  if (!existsSync(GNU_TIME)) {
    const r = spawnSync(command, args, { encoding: "utf8", ...options });
    return { wall: Number(process.hrtime.bigint() - start) / 1e9, cpu: NaN, rssMb: NaN, stdout: r.stdout, status: r.status };
  }
  const r = spawnSync(GNU_TIME, ["-f", "@@time %U %S %M", command, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, ...options });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const m = /@@time ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? "");
  return { wall, cpu: m ? Number(m[1]) + Number(m[2]) : NaN, rssMb: m ? Number(m[3]) / 1024 : NaN, stdout: r.stdout, status: r.status };
}
