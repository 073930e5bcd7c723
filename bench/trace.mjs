/**
 * Reads a Chromium trace (from playwright's browser.startTracing/stopTracing with the
 * devtools.timeline categories) and finds the longest task on the page's renderer main thread:
 * the number that decides whether a reader can scroll, click or type while the page works
 * (a "long task" is anything over 50 ms, https://w3c.github.io/longtasks/).
 */

/** Task events: current Chromium names them RunTask; older builds ThreadControllerImpl::RunTask. */
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** Events that name the document's URL; they tell which renderer process holds our page. */
const URL_EVENTS = new Set(['ParseHTML', 'EvaluateScript', 'ResourceSendRequest', 'CommitLoad', 'v8.compileModule', 'ResourceFinish']);

function eventsOf(buffer) {
  const parsed = JSON.parse(buffer.toString('utf8'));
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

function mentions(event, origin) {
  const { args } = event;
  if (!args) return false;
  const data = args.data ?? args.beginData;
  if (!data) return false;
  return [data.url, data.frame?.url, data.stackTrace?.[0]?.url].some((url) => typeof url === 'string' && url.startsWith(origin));
}

/**
 * The tasks of the renderer main thread(s) that loaded our page, with every event of the trace.
 * @param {Buffer} buffer the trace
 * @param {string} origin the bench server's origin, to pick our renderer among others
 * @returns {{ events: object[], tasks: { ts: number, dur: number, pid: number, tid: number }[], thread: string }}
 */
export function pageTasks(buffer, origin) {
  const events = eventsOf(buffer);

  // Renderer main threads: a fresh context may start in one renderer (about:blank) and
  // commit our page in another, so there can be several.
  const mainThreads = new Map(); // "pid:tid" → { pid, tid }
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') {
      mainThreads.set(`${e.pid}:${e.tid}`, { pid: e.pid, tid: e.tid });
    }
  }

  const tasksByThread = new Map();
  const ours = new Set();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!mainThreads.has(key)) continue;
    if (TASK_NAMES.has(e.name) && e.ph === 'X' && typeof e.dur === 'number') {
      let list = tasksByThread.get(key);
      if (!list) tasksByThread.set(key, (list = []));
      list.push(e);
    } else if (URL_EVENTS.has(e.name) && mentions(e, origin)) {
      ours.add(key);
    }
  }

  // Prefer the thread(s) that touched our origin; if the trace lacks URL events, the busiest.
  let keys = [...tasksByThread.keys()].filter((key) => ours.has(key));
  if (keys.length === 0) {
    const busiest = [...tasksByThread.entries()].sort(
      (a, b) => b[1].reduce((s, e) => s + e.dur, 0) - a[1].reduce((s, e) => s + e.dur, 0),
    )[0];
    keys = busiest ? [busiest[0]] : [];
  }
  if (keys.length === 0) throw new Error('trace has no RunTask events on a CrRendererMain thread');
  return { events, tasks: keys.flatMap((key) => tasksByThread.get(key)), thread: keys.join(',') };
}

/**
 * @param {Buffer} buffer the trace
 * @param {string} origin the bench server's origin, to pick our renderer among others
 * @returns {{ longestTaskMs: number, tasks: number, over50: number, thread: string }}
 */
export function longestTask(buffer, origin) {
  const { tasks, thread } = pageTasks(buffer, origin);
  const durations = tasks.map((task) => task.dur);
  return {
    longestTaskMs: durations.reduce((m, d) => Math.max(m, d), 0) / 1000, // trace durations are microseconds
    tasks: durations.length,
    over50: durations.filter((d) => d > 50_000).length,
    thread,
  };
}
