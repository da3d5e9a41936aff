// Reads a Chromium trace (devtools.timeline + v8 CPU samples) of one page load and says where
// the page renderer's main thread spent its time: its longest tasks, and for each how much ran
// inside the extension's content script, by function. Used by `browser-bench.mjs --trace FILE`.

const EXT = 'chrome-extension://';
/** DevTools' task event: covers the task and the microtask checkpoint after it (what long-task timing sees). */
const TASK = 'RunTask';

const fileOf = (url) => (url ? url.split('/').pop() : '');
const frameKey = (cf) => `${cf.functionName || '(anonymous)'}${cf.url ? ` ${fileOf(cf.url)}:${(cf.lineNumber ?? 0) + 1}:${(cf.columnNumber ?? 0) + 1}` : ''}`;

/** The page renderer's main thread: the process that parsed `url` (else the renderer with most samples). */
function findMainThread(events, url) {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  const names = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  if (parse) return { pid: parse.pid, tid: parse.tid };
  const counts = new Map();
  for (const e of events) if (e.name === 'ProfileChunk') counts.set(e.pid, (counts.get(e.pid) ?? 0) + 1);
  const pid = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const tid = [...names].find(([k, v]) => k.startsWith(`${pid}:`) && v === 'CrRendererMain')?.[0].split(':')[1];
  return { pid, tid: Number(tid) };
}

/** Samples of the V8 profile for that thread: { ts (µs), dt (µs), stack: callFrames innermost first }. */
function samplesOf(events, pid, tid) {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return [];
  const nodes = new Map();
  const out = [];
  let ts = profile.args.data.startTime;
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id).sort((a, b) => a.ts - b.ts);
  for (const chunk of chunks) {
    const cpu = chunk.args.data.cpuProfile ?? {};
    for (const n of cpu.nodes ?? []) nodes.set(n.id, n);
    const deltas = chunk.args.data.timeDeltas ?? [];
    (cpu.samples ?? []).forEach((id, i) => {
      ts += deltas[i] ?? 0;
      out.push({ ts, id });
    });
  }
  const stackOf = new Map();
  const stack = (id) => {
    if (stackOf.has(id)) return stackOf.get(id);
    const frames = [];
    for (let n = nodes.get(id); n; n = nodes.get(n.parent)) frames.push(n.callFrame);
    stackOf.set(id, frames);
    return frames;
  };
  return out.map((s, i) => ({ ts: s.ts, dt: i + 1 < out.length ? Math.min(out[i + 1].ts - s.ts, 5000) : 0, stack: stack(s.id) }));
}

/** Time per key over samples, in ms, biggest first. */
function tally(samples, keyOf, limit = 6) {
  const m = new Map();
  for (const s of samples) {
    const k = keyOf(s);
    if (k !== null) m.set(k, (m.get(k) ?? 0) + s.dt / 1000);
  }
  return [...m].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([key, ms]) => ({ key, ms: Math.round(ms * 10) / 10 }));
}

const isIdle = (s) => s.stack[0]?.functionName === '(idle)';
const inExtension = (s) => s.stack.some((f) => f.url?.startsWith(EXT));
/** The innermost extension frame (native calls it makes, like getComputedStyle, count as its time). */
const innermostExt = (s) => {
  const f = s.stack.find((c) => c.url?.startsWith(EXT));
  return f ? frameKey(f) : null;
};
/** The outermost extension frame below the task's entry: which piece of the content script the task was running. */
const outermostExt = (s) => {
  const f = s.stack.findLast((c) => c.url?.startsWith(EXT));
  return f ? frameKey(f) : null;
};

/** Top-level tasks of the thread (nested RunTask events happen inside nested run loops), in time order. */
function topLevelTasks(events, pid, tid) {
  const tasks = events.filter((e) => e.ph === 'X' && e.name === TASK && e.cat.includes('devtools.timeline') && e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts);
  const top = [];
  for (const t of tasks) if (!top.length || t.ts >= top.at(-1).ts + top.at(-1).dur) top.push(t);
  return top;
}

/**
 * Every task of the page's main thread, script or not: the Long Tasks API reports only tasks in
 * which script ran, so a long style/layout task of the page itself can be missing from it.
 */
export function mainThreadTasks(events, url) {
  const { pid, tid } = findMainThread(events, url);
  const top = topLevelTasks(events, pid, tid);
  const long = top.filter((t) => t.dur > 50_000);
  const thread = events.filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && e.name !== TASK && e.name !== 'ThreadControllerImpl::RunTask');
  // Times below are from the start of HTML parsing; the content script's first entry tells "before" from "after" it ran.
  const t0 = events.find((e) => e.name === 'ParseHTML' && e.pid === pid && e.args?.beginData?.url === url)?.ts ?? top[0]?.ts ?? 0;
  const csStart = thread.find((e) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall' || e.name === 'v8.compile') && (e.args?.data?.url ?? '').startsWith(EXT))?.ts;
  const layoutIn = (t) => {
    const l = thread.filter((e) => e.name === 'Layout' && e.ts >= t.ts && e.ts < t.ts + t.dur).sort((a, b) => b.dur - a.dur)[0];
    return l ? { ms: Math.round(l.dur / 100) / 10, dirty: l.args?.beginData?.dirtyObjects ?? null, total: l.args?.beginData?.totalObjects ?? null } : null;
  };
  return {
    contentScriptAt: csStart === undefined ? null : Math.round((csStart - t0) / 1000),
    tasks: top.length,
    longTasks: long.length,
    longest: top.reduce((m, t) => Math.max(m, t.dur / 1000), 0),
    // Thread (CPU) time: a task stretched by the OS running something else shows wall ≫ CPU.
    longestCpu: top.reduce((m, t) => Math.max(m, (t.tdur ?? t.dur) / 1000), 0),
    blocking: long.reduce((a, t) => a + (t.dur / 1000 - 50), 0),
    longList: long.map((t) => Math.round(t.dur / 100) / 10),
    longDetail: long.map((t) => ({ ms: Math.round(t.dur / 100) / 10, cpuMs: t.tdur === undefined ? null : Math.round(t.tdur / 100) / 10, at: Math.round((t.ts - t0) / 1000), parts: taskParts(t, thread), layout: layoutIn(t) })),
  };
}

/** Which trace event a stretch of a task belongs to; script is split by whose script it is. */
function partName(e) {
  const u = e.args?.data?.url ?? '';
  if (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile' || e.name === 'v8.evaluateModule') {
    return `${e.name === 'FunctionCall' ? 'script' : 'script eval/compile'} (${u.startsWith(EXT) ? 'extension' : u ? 'page' : 'no url'})`;
  }
  if (e.name === 'UpdateLayoutTree') return 'style';
  if (['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer'].includes(e.name)) return 'paint/commit';
  if (/GC/.test(e.name)) return 'GC';
  return e.name;
}

/** Self time of the events inside one task (events nest on a thread), in ms, biggest first. */
function taskParts(task, thread) {
  const inside = thread.filter((e) => e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  let covered = 0;
  const add = (k, us) => self.set(k, (self.get(k) ?? 0) + us);
  for (const e of inside) {
    while (stack.length && e.ts >= stack.at(-1).ts + stack.at(-1).dur) stack.pop();
    const parent = stack.at(-1);
    if (parent) add(partName(parent), -e.dur);
    else covered += e.dur;
    add(partName(e), e.dur);
    stack.push(e);
  }
  add('(uninstrumented: microtasks, scheduling)', task.dur - covered);
  return [...self].filter(([, us]) => us >= 500).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([key, us]) => ({ key, ms: Math.round(us / 100) / 10 }));
}

/** The kind of main-thread work a trace event is, for the script/style/layout/paint breakdown. */
function workKind(name) {
  if (['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.evaluateModule', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'EventDispatch', 'V8.Execute'].includes(name) || /GC|^v8\.|^V8\./.test(name)) return 'script';
  if (name === 'UpdateLayoutTree' || name === 'RecalcStyle' || name === 'ParseAuthorStyleSheet') return 'style';
  if (name === 'Layout' || name === 'IntersectionObserverController::computeIntersections') return 'layout';
  if (['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'UpdateLayerTree', 'PaintImage', 'CompositeLayers'].includes(name)) return 'paint';
  if (name === 'ParseHTML') return 'parse';
  return 'other';
}

/** The kinds of work of the breakdown, in print order. */
export const WORK_KINDS = ['script', 'style', 'layout', 'paint', 'parse', 'other'];

/**
 * Where the page renderer's main thread spent its task time over a whole load: self time of the
 * trace events inside every top-level task, by kind of work (ms), counted in thread CPU time
 * (the events' tdur), so time the OS gave other processes on a busy machine is left out. Time
 * no event covers (mostly microtasks, where a content script resumes after await) counts as
 * "other". `total` is the tasks' CPU time, `wall` their wall time.
 */
export function mainThreadBreakdown(events, url) {
  const { pid, tid } = findMainThread(events, url);
  const top = topLevelTasks(events, pid, tid);
  const thread = events.filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && e.name !== TASK && e.name !== 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const cpu = (e) => (e.tdur ?? e.dur) / 1000;
  const out = Object.fromEntries(WORK_KINDS.map((k) => [k, 0]));
  const otherByName = new Map();
  const add = (name, ms) => {
    const kind = workKind(name);
    out[kind] += ms;
    if (kind === 'other') otherByName.set(name, (otherByName.get(name) ?? 0) + ms);
  };
  let i = 0;
  for (const task of top) {
    while (i < thread.length && thread[i].ts < task.ts) i++;
    const stack = [];
    let covered = 0;
    for (; i < thread.length && thread[i].ts < task.ts + task.dur; i++) {
      const e = thread[i];
      while (stack.length && e.ts >= stack.at(-1).ts + stack.at(-1).dur) stack.pop();
      const parent = stack.at(-1);
      if (parent) add(parent.name, -cpu(e));
      else covered += cpu(e);
      add(e.name, cpu(e));
      stack.push(e);
    }
    add('(no event)', Math.max(0, cpu(task) - covered));
  }
  out.otherTop = [...otherByName].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([name, ms]) => `${name} ${ms.toFixed(1)}`);
  out.total = top.reduce((a, t) => a + cpu(t), 0);
  out.wall = top.reduce((a, t) => a + t.dur, 0) / 1000;
  return out;
}

export function analyseTrace(events, url) {
  const { pid, tid } = findMainThread(events, url);
  const top = topLevelTasks(events, pid, tid);
  const samples = samplesOf(events, pid, tid).filter((s) => !isIdle(s));
  const ext = samples.filter(inExtension);
  const longest = [...top].sort((a, b) => b.dur - a.dur).slice(0, 5).map((t) => {
    const inside = samples.filter((s) => s.ts >= t.ts && s.ts < t.ts + t.dur);
    const insideExt = inside.filter(inExtension);
    return {
      ms: t.dur / 1000,
      cpuMs: (t.tdur ?? t.dur) / 1000,
      sampledMs: inside.reduce((a, s) => a + s.dt, 0) / 1000,
      extensionMs: insideExt.reduce((a, s) => a + s.dt, 0) / 1000,
      entry: tally(insideExt, outermostExt, 2),
      self: tally(insideExt, innermostExt, 4),
      nonExtension: tally(inside.filter((s) => !inExtension(s)), (s) => frameKey(s.stack[0]), 3),
    };
  });
  return {
    pid,
    tid,
    tasks: top.length,
    taskMs: top.reduce((a, t) => a + t.dur, 0) / 1000,
    longTasks: top.filter((t) => t.dur > 50_000).length,
    extensionMs: ext.reduce((a, s) => a + s.dt, 0) / 1000,
    extensionTasks: new Set(ext.map((s) => top.find((t) => s.ts >= t.ts && s.ts < t.ts + t.dur)?.ts).filter(Boolean)).size,
    extensionByInnermost: tally(ext, innermostExt, 10),
    extensionByEntry: tally(ext, outermostExt, 6),
    longest,
  };
}

const fmt = (x) => (Math.round(x * 10) / 10).toFixed(1);
const list = (xs) => xs.map((x) => `${x.key} ${fmt(x.ms)} ms`).join('; ');

export function formatTraceReport(a, loads = 1) {
  const lines = [];
  lines.push(`Trace of ${loads > 1 ? `the load with the longest task, of ${loads} traced loads` : 'one load'} of article A with the extension (page renderer main thread, V8 samples):`);
  lines.push('  (sample time is wall time between samples, so it also grows when the OS runs something else)');
  lines.push(`  ${a.tasks} top-level tasks, ${fmt(a.taskMs)} ms in tasks, ${a.longTasks} over 50 ms; samples inside the content script: ${fmt(a.extensionMs)} ms over ${a.extensionTasks} tasks`);
  lines.push(`  content script time by function (innermost extension frame, native callees included):`);
  for (const x of a.extensionByInnermost) lines.push(`    ${fmt(x.ms).padStart(7)} ms  ${x.key}`);
  lines.push(`  content script time by entry point (outermost extension frame): ${list(a.extensionByEntry)}`);
  lines.push('  longest tasks:');
  for (const t of a.longest) {
    lines.push(`    ${fmt(t.ms).padStart(6)} ms task (${fmt(t.cpuMs)} on CPU), ${fmt(t.extensionMs)} ms in the content script${t.self.length ? `: ${list(t.self)}` : ''}${t.nonExtension.length ? ` | other: ${list(t.nonExtension)}` : ''}`);
  }
  return lines.join('\n');
}
