// The built demo pages on a phone as Lighthouse loads them (412 by 823), served by the real
// server in Chromium: the page must not jump while the widget's script and data arrive.
// The browser's own measure (the Layout Instability API, which is Lighthouse's CLS) from the
// first paint until the widget has shown its data and is still. The widget's script comes
// late, as on a phone's connection: the page paints before the element is defined, which a
// widget test (the element defined from the start) cannot see.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoSite, type DemoSite } from './demo-site.ts';

/** The demo pages with a data widget, and what shows that it has its data. */
const PAGES = [
  { path: '/', loaded: 'buurt-agenda article' },
  { path: '/sociale-kaart.html', loaded: 'buurt-social-map article' },
  { path: '/vrijwilligers.html', loaded: 'buurt-volunteer-signup article' },
  { path: '/vervoer.html', loaded: 'buurt-ride-request form' },
];

let site: DemoSite;

before(async () => {
  site = await startDemoSite();
});

after(() => site?.close());

for (const { path, loaded } of PAGES) {
  test(`${path} does not jump while its widget loads (phone, 412 by 823)`, async () => {
    const page = await site.browser.newPage({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    try {
      // Installed before the page's own scripts, so every shift from the first paint on counts.
      await page.addInitScript(() => {
        const w = window as unknown as { shifts: { value: number; sources: string[] }[] };
        w.shifts = [];
        new PerformanceObserver((list) => {
          // No named functions in here: tsx would wrap them in a helper the page lacks.
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node | null }[] })[]) {
            w.shifts.push({
              value: e.value,
              sources: e.sources.map((s) =>
                s.node instanceof Element ? `${s.node.localName}${s.node.id ? `#${s.node.id}` : ''}${s.node.classList.length ? `.${[...s.node.classList].join('.')}` : ''}` : String(s.node?.nodeName ?? 'a removed node'),
              ),
            });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.route('**/buurtkit/*.js', async (route) => {
        await new Promise((r) => setTimeout(r, 400));
        await route.continue();
      });
      await page.goto(site.origin + path);
      await page.locator(loaded).first().waitFor({ timeout: 15_000 });
      // Until the list has rendered all its pieces and the idle-time chunks have arrived.
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
      const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts);
      const total = shifts.reduce((sum, s) => sum + s.value, 0);
      const what = shifts.map((s) => `${s.value.toFixed(3)} ${s.sources.join(', ')}`).join('; ');
      // Lighthouse counts a cumulative layout shift under 0.1 as good; the target is 0.05.
      assert.ok(total < 0.05, `layout shift ${total.toFixed(3)}: ${what}`);
    } finally {
      await page.close();
    }
  });
}
