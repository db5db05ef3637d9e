export interface TraceEventTime {
  name: string;
  ms: number;
  count: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}

/**
 * Chromium's complete trace events ("X") by self time: each event's duration less the events
 * nested in it on the same thread, summed by name, most first. Threads are kept apart, so work
 * on two threads at once counts twice, as it costs two cores.
 */
export function busiestTraceEvents(events: readonly unknown[]): TraceEventTime[] {
  const complete = (events as TraceEvent[])
    .filter((event) => event.ph === 'X' && typeof event.dur === 'number')
    .sort((a, b) => a.pid - b.pid || a.tid - b.tid || a.ts - b.ts || b.dur! - a.dur!);
  const totals = new Map<string, { ms: number; count: number }>();
  const open: { event: TraceEvent; self: number }[] = [];
  const close = () => {
    const { event, self } = open.pop()!;
    const total = totals.get(event.name) ?? { ms: 0, count: 0 };
    totals.set(event.name, { ms: total.ms + self / 1000, count: total.count + 1 });
  };
  let thread = '';
  for (const event of complete) {
    const here = `${event.pid}:${event.tid}`;
    if (here !== thread) {
      while (open.length > 0) close();
      thread = here;
    }
    while (open.length > 0 && open.at(-1)!.event.ts + open.at(-1)!.event.dur! <= event.ts) close();
    const parent = open.at(-1);
    if (parent) parent.self -= event.dur!;
    open.push({ event, self: event.dur! });
  }
  while (open.length > 0) close();
  return [...totals].map(([name, { ms, count }]) => ({ name, ms, count })).sort((a, b) => b.ms - a.ms);
}
