// How much more work this machine does with all its cores busy than with one: the figure that
// says whether running steps side by side can pay. On the 2-core machine of
// docs/performance.md, two threads of the workload below do 1.6 times the work of one, two
// processes checking the same 2,000 articles 1.25 times (each takes 1.55–1.7 s where one alone
// takes 1.0 s), and two loops of additions 2 times: the two cores share more than they seem to.
import { Worker } from "node:worker_threads";

/**
 * A little of what a build does: objects made and sorted, JSON written and read back, text
 * escaped. Returns its own time in milliseconds. (Runs as the source of a worker thread.)
 */
function workload(): number {
  const started = performance.now();
  let text = "";
  for (let line = 0; line < 2000; line++) {
    text += `<p class="story">Word ${line} & more “quoted” <b>bold</b> text ${line * 7}</p>\n`;
  }
  let kept = 0;
  for (let round = 0; round < 60; round++) {
    const records = [];
    for (let id = 0; id < 5000; id++) {
      records.push({
        id,
        title: `Title ${id % 97}`,
        keywords: [`k${id % 13}`, `k${id % 7}`],
        body: text.slice(id % 1000, (id % 1000) + 200),
      });
    }
    const parsed: typeof records = JSON.parse(JSON.stringify(records));
    parsed.sort((a, b) => a.title.localeCompare(b.title) || a.id - b.id);
    kept += text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`).length;
    kept += parsed.length;
  }
  if (kept === 0) throw new Error("the workload did nothing");
  return performance.now() - started;
}

/** The workload once in each of `threads` threads at the same time; their mean time in ms. */
async function timeTogether(threads: number): Promise<number> {
  const source = `require("node:worker_threads").parentPort.postMessage((${workload.toString()})());`;
  const times = await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<number>((resolve, reject) => {
          const worker = new Worker(source, { eval: true });
          worker.once("message", resolve);
          worker.once("error", reject);
        }),
    ),
  );
  return times.reduce((sum, time) => sum + time, 0) / threads;
}

/**
 * How many times the work of one busy core `cores` busy cores do, for the workload above (the
 * best of two tries each, so that a passing disturbance counts less).
 */
export async function parallelThroughput(cores: number): Promise<number> {
  const best = async (threads: number) =>
    Math.min(await timeTogether(threads), await timeTogether(threads));
  const alone = await best(1);
  const together = await best(cores);
  return (cores * alone) / together;
}
