/**
 * A real page load and a scripted scroll-through in headless Chromium (playwright-core, the
 * browser tests' launcher and flags). Each page gets a fresh browser context (empty cache) with a
 * phone viewport of 360×740 CSS px (device scale factor 2, touch, mobile, the mouse turned into
 * touch as DevTools' device mode does) and, by default, the main thread slowed 4x through CDP
 * Emulation.setCPUThrottlingRate.
 *
 * - Requests: every request the page makes from navigation until the network has been idle for
 *   500 ms (Playwright's "networkidle").
 * - Scroll-through: after a 500 ms pause the page is scrolled from top to bottom at a steady
 *   speed (1,500 CSS px per second; each animation frame jumps to where the clock says the
 *   reader should be, so slow frames show up as bigger jumps, as in a real fling), then it rests
 *   for 1 s at the bottom so that chart transitions finish.
 * - Long tasks: a PerformanceObserver for 'longtask' (tasks over 50 ms), registered by an init
 *   script before any of the page's own code runs; tasks that start after the scroll began (and
 *   before it ended) count as "during the scroll", each with where the reader was at the time;
 *   those before it in two parts: until the first screen is drawn (the page's last
 *   largest-contentful-paint before the scroll: committing the navigation and laying out the first
 *   screen's text, which every page has, the control page too, and which LCP judges) and "while
 *   loading" after it (the reader sees the page and waits on it: network idle and the 500 ms pause).
 * - Longest frame: the largest gap between consecutive requestAnimationFrame callbacks while
 *   scrolling.
 * - Layout shifts: a PerformanceObserver for 'layout-shift' from the start of the load. CLS here
 *   is the plain sum of every shift not caused by recent input, load and scroll together (the
 *   strictest reading; it is 0 exactly when no shift happened at all), with the elements that moved.
 * - Long animation frames with blocking time, while loading and during the scroll
 *   (PerformanceObserver 'long-animation-frame'), name the scripts behind a slow frame and split
 *   its time into scripts, forced style/layout inside them, and the frame's own
 *   style/layout/paint, for diagnosis.
 */
import type { Browser } from 'playwright-core';

/** How the scroll-through is run. */
export interface TraceOptions {
  cpuThrottle: number;
  pxPerSecond: number;
  viewport: { width: number; height: number };
}

export const DEFAULT_TRACE: TraceOptions = {
  cpuThrottle: 4,
  pxPerSecond: 1500,
  viewport: { width: 360, height: 740 },
};

/**
 * When a long task started: before the first screen was drawn, while loading after it, or during
 * the scroll-through.
 */
export type TaskPhase = 'first-screen' | 'load' | 'scroll';

/** A long task seen by the page. */
export interface LongTask {
  startMs: number;
  durationMs: number;
  phase: TaskPhase;
  /** during the scroll: where the reader was (the scrolly and step in the middle of the screen, or the section) */
  where?: string;
}

/** A layout shift seen by the page. */
export interface Shift {
  startMs: number;
  value: number;
  phase: 'load' | 'scroll';
  /** the elements that moved */
  sources: string[];
}

/** A long animation frame with blocking time, with the scripts that ran in it. */
export interface SlowFrame {
  startMs: number;
  phase: TaskPhase;
  durationMs: number;
  blockingMs: number;
  /** time in scripts (of which forced style and layout), and in the frame's own style, layout and paint */
  scriptMs: number;
  forcedLayoutMs: number;
  renderMs: number;
  /** the scripts that ran: invoker, function and file, time, forced style and layout */
  scripts: { name: string; durationMs: number; forcedLayoutMs: number }[];
}

/** What the load and the scroll-through measured on one page. */
export interface PageTrace {
  requests: number;
  requestUrls: string[];
  failedRequests: string[];
  consoleErrors: string[];
  scrollHeight: number;
  scrollMs: number;
  frames: number;
  longestFrameMs: number;
  longTasks: LongTask[];
  longTasksDuringScroll: number;
  /** when the first screen was drawn: the last largest-contentful-paint before the scroll, in ms */
  firstScreenMs: number;
  cls: number;
  clsDuringScroll: number;
  shifts: Shift[];
  slowFrames: SlowFrame[];
  error?: string;
}

interface ScrollRecord {
  start: number;
  end: number;
  frames: number[];
  samples: [number, number][];
  scrollHeight: number;
}

interface BenchWindow {
  __bench: {
    longTasks: { startTime: number; duration: number }[];
    /** largest-contentful-paint entries' times */
    paints: number[];
    shifts: { startTime: number; value: number; hadRecentInput: boolean; sources: string[] }[];
    loafs: {
      startTime: number;
      duration: number;
      blockingDuration: number;
      styleAndLayoutStart: number;
      scriptMs: number;
      forcedMs: number;
      scripts: { name: string; durationMs: number; forcedLayoutMs: number }[];
    }[];
  };
}

/** Runs in the page before its own scripts: starts the observers. Self-contained (serialized by Playwright). */
function installObservers(): void {
  const w = window as unknown as BenchWindow;
  w.__bench = { longTasks: [], paints: [], shifts: [], loafs: [] };
  const describe = (node: Node | null | undefined): string => {
    if (!node) return '(removed node)';
    if (!(node instanceof Element)) return node.nodeName.toLowerCase();
    const id = node.id ? `#${node.id}` : '';
    const cls =
      typeof node.className === 'string' && node.className.trim()
        ? `.${node.className.trim().split(/\s+/).join('.')}`
        : '';
    const parent = node.parentElement;
    const where = parent
      ? `${parent.tagName.toLowerCase()}${parent.id ? `#${parent.id}` : ''} > `
      : '';
    return `${where}${node.tagName.toLowerCase()}${id}${cls}`;
  };
  const observe = (type: string, handle: (entry: PerformanceEntry) => void): void => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(handle)).observe({
        type,
        buffered: true,
      });
    } catch {
      // entry type not supported by this browser
    }
  };
  observe('longtask', (e) =>
    w.__bench.longTasks.push({ startTime: e.startTime, duration: e.duration }),
  );
  observe('largest-contentful-paint', (e) => w.__bench.paints.push(e.startTime));
  observe('layout-shift', (e) => {
    const shift = e as PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: { node?: Node | null }[];
    };
    w.__bench.shifts.push({
      startTime: shift.startTime,
      value: shift.value,
      hadRecentInput: shift.hadRecentInput,
      sources: (shift.sources ?? []).map((s) => describe(s.node)),
    });
  });
  observe('long-animation-frame', (e) => {
    const frame = e as PerformanceEntry & {
      blockingDuration: number;
      styleAndLayoutStart: number;
      scripts?: {
        sourceURL?: string;
        sourceFunctionName?: string;
        invoker?: string;
        duration: number;
        forcedStyleAndLayoutDuration?: number;
      }[];
    };
    w.__bench.loafs.push({
      startTime: frame.startTime,
      duration: frame.duration,
      blockingDuration: frame.blockingDuration,
      styleAndLayoutStart: frame.styleAndLayoutStart,
      scriptMs: (frame.scripts ?? []).reduce((sum, s) => sum + s.duration, 0),
      forcedMs: (frame.scripts ?? []).reduce(
        (sum, s) => sum + (s.forcedStyleAndLayoutDuration ?? 0),
        0,
      ),
      scripts: (frame.scripts ?? []).map((s) => ({
        name: [s.invoker, s.sourceFunctionName, s.sourceURL].filter(Boolean).join(' '),
        durationMs: s.duration,
        forcedLayoutMs: s.forcedStyleAndLayoutDuration ?? 0,
      })),
    });
  });
}

/** Runs in the page: scrolls to the bottom at `pxPerSecond`, rests 1 s, reports frame gaps. */
async function scrollThrough(pxPerSecond: number): Promise<void> {
  const nextFrame = (): Promise<number> => new Promise((ok) => requestAnimationFrame(ok));
  const root = document.scrollingElement ?? document.documentElement;
  window.scrollTo({ top: 0, behavior: 'instant' });
  let last = await nextFrame();
  const start = performance.now();
  const frames: number[] = [];
  const samples: [number, number][] = [];
  // the page's height is read once (and again on reaching it), and the position is not read back,
  // so that the loop itself forces no layout
  let bottom = root.scrollHeight - window.innerHeight;
  for (;;) {
    const target = Math.min(bottom, ((performance.now() - start) / 1000) * pxPerSecond);
    window.scrollTo({ top: target, behavior: 'instant' });
    samples.push([performance.now(), target]);
    const now = await nextFrame();
    frames.push(now - last);
    last = now;
    if (target >= bottom) {
      const height = root.scrollHeight - window.innerHeight;
      if (height <= bottom) break;
      bottom = height;
    }
  }
  const restUntil = performance.now() + 1000;
  while (performance.now() < restUntil) {
    const now = await nextFrame();
    frames.push(now - last);
    last = now;
  }
  // kept on the page and read by a later evaluate: returning the arrays from here would make
  // their serialization a long task of its own, inside the last frame
  (window as unknown as { __benchScroll: unknown }).__benchScroll = {
    start,
    end: performance.now(),
    frames,
    samples,
    scrollHeight: root.scrollHeight,
  };
}

/** Runs in the page: names what is in the middle of the screen at each scroll position. */
function locate(positions: number[]): string[] {
  const top = (el: Element): number => el.getBoundingClientRect().top + window.scrollY;
  const text = (el: Element | undefined): string => {
    const copy = el?.cloneNode(true) as Element | undefined;
    copy?.querySelectorAll('a[href^="#"], .visually-hidden').forEach((a) => a.remove());
    return (copy?.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  };
  const headings = Array.from(document.querySelectorAll('main h2, article h2'));
  return positions.map((y) => {
    const middle = y + window.innerHeight / 2;
    for (const section of Array.from(document.querySelectorAll<HTMLElement>('[data-scrolly]'))) {
      const start = top(section);
      if (middle < start || middle > start + section.offsetHeight) continue;
      const steps = Array.from(section.querySelectorAll('.step'));
      const reached = steps.filter((s) => top(s) <= middle).length;
      return `scrolly "${section.dataset.scrolly}", step ${Math.max(1, reached)} of ${steps.length}`;
    }
    const heading = headings.filter((h) => top(h) <= middle).pop();
    return heading ? `section "${text(heading)}"` : 'page top';
  });
}

/** Loads `url` in a fresh phone-sized context, counts its requests, scrolls through it and collects what the observers saw. */
export async function tracePage(
  browser: Browser,
  url: string,
  options: TraceOptions = DEFAULT_TRACE,
): Promise<PageTrace> {
  const context = await browser.newContext({
    viewport: options.viewport,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const requestUrls: string[] = [];
  const failedRequests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (r) => requestUrls.push(r.url()));
  page.on('requestfailed', (r) =>
    failedRequests.push(`${r.url()} (${r.failure()?.errorText ?? 'failed'})`),
  );
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  try {
    await page.addInitScript(installObservers);
    const cdp = await context.newCDPSession(page);
    // a phone has no pointer: as DevTools' device mode does, the mouse becomes touch, so no cursor
    // rests over the page whose hover the browser would test again each time the page lays out
    await cdp.send('Emulation.setEmitTouchEventsForMouse', {
      enabled: true,
      configuration: 'mobile',
    });
    if (options.cpuThrottle > 1)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottle });
    await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
    const requests = requestUrls.length;
    const loadedUrls = [...requestUrls];
    await page.waitForTimeout(500);
    await page.evaluate(scrollThrough, options.pxPerSecond);
    const scroll = await page.evaluate(
      () => (window as unknown as { __benchScroll: ScrollRecord }).__benchScroll,
    );
    const seen = await page.evaluate(() => (window as unknown as BenchWindow).__bench);
    // tasks and shifts after the scroll ended (the bench reading its results) belong to neither phase
    const during = (t: number): boolean => t < scroll.end;
    const firstScreen = Math.max(0, ...seen.paints.filter((t) => t < scroll.start));
    const phase = (t: number): TaskPhase =>
      t >= scroll.start ? 'scroll' : t < firstScreen ? 'first-screen' : 'load';
    const shiftPhase = (t: number): 'load' | 'scroll' => (t >= scroll.start ? 'scroll' : 'load');
    const longTasks: LongTask[] = seen.longTasks
      .filter((t) => during(t.startTime))
      .map((t) => ({
        startMs: round(t.startTime),
        durationMs: round(t.duration),
        phase: phase(t.startTime),
      }));
    const scrolling = longTasks.filter((t) => t.phase === 'scroll');
    if (scrolling.length) {
      const positionAt = (ms: number): number =>
        scroll.samples.filter(([t]) => t <= ms).pop()?.[1] ?? 0;
      const places = await page.evaluate(
        locate,
        scrolling.map((t) => positionAt(t.startMs)),
      );
      scrolling.forEach((t, i) => (t.where = places[i]));
    }
    const shifts = seen.shifts
      .filter((s) => !s.hadRecentInput && during(s.startTime))
      .map((s) => ({
        startMs: round(s.startTime),
        value: s.value,
        phase: shiftPhase(s.startTime),
        sources: s.sources,
      }));
    const sum = (list: Shift[]): number => list.reduce((a, s) => a + s.value, 0);
    return {
      requests,
      requestUrls: loadedUrls,
      failedRequests,
      consoleErrors,
      scrollHeight: scroll.scrollHeight,
      scrollMs: round(scroll.end - scroll.start),
      frames: scroll.frames.length,
      longestFrameMs: round(Math.max(0, ...scroll.frames.slice(1))),
      longTasks,
      longTasksDuringScroll: longTasks.filter((t) => t.phase === 'scroll').length,
      firstScreenMs: round(firstScreen),
      cls: sum(shifts),
      clsDuringScroll: sum(shifts.filter((s) => s.phase === 'scroll')),
      shifts,
      slowFrames: seen.loafs
        .filter((f) => during(f.startTime) && f.blockingDuration > 0)
        .map((f) => ({
          startMs: round(f.startTime),
          phase: phase(f.startTime),
          durationMs: round(f.duration),
          blockingMs: round(f.blockingDuration),
          scriptMs: round(f.scriptMs),
          forcedLayoutMs: round(f.forcedMs),
          renderMs: round(
            f.styleAndLayoutStart > 0 ? f.startTime + f.duration - f.styleAndLayoutStart : 0,
          ),
          scripts: f.scripts,
        })),
    };
  } catch (error) {
    return {
      requests: requestUrls.length,
      requestUrls,
      failedRequests,
      consoleErrors,
      scrollHeight: 0,
      scrollMs: 0,
      frames: 0,
      longestFrameMs: 0,
      longTasks: [],
      longTasksDuringScroll: 0,
      firstScreenMs: 0,
      cls: 0,
      clsDuringScroll: 0,
      shifts: [],
      slowFrames: [],
      error: error instanceof Error ? error.message : String(error),
    };
  } finally {
    await context.close();
  }
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
