// What tells a file that changed (or went) from one that did not, without reading it: its size
// and time of change. Things made from files (the assets, the rendering process's bundle) keep
// the stamps of their files, and are made again once one differs.
import fs from "node:fs";

export function fileStamp(file: string): string {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat ? `${stat.size}:${stat.mtimeMs}` : "missing";
}
