/**
 * What every demo page does first. With demo data (MSW in the browser, offline) by default
 * in `npm run dev`; the built demo, served by the reference server, talks to the real API on
 * its own origin. Override with `?mock=1` (demo data) or `?mock=0` (real API; in dev via
 * the /v1 proxy). The widgets are registered only after the worker runs, so their first
 * request already meets it.
 *
 * On the real API the built demo loads the widget exactly as a village site does, with the
 * snippet's script `/buurtkit/<widget>.js` (the minified library build, whose chunks are
 * preloaded by the page: see demoPreloads in vite.config.ts). The widget's source is only
 * bundled in for the pages' demo-data mode.
 */
export async function startDemo(widget: string, fromSource: () => Promise<unknown>): Promise<void> {
  const flag = new URLSearchParams(location.search).get('mock');
  const useMocks = flag === null ? import.meta.env.DEV : flag !== '0';

  if (useMocks) {
    const { worker } = await import('../src/mocks/browser.ts');
    await worker.start({
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
      onUnhandledRequest: 'bypass',
      quiet: true,
    });
    const banner = document.getElementById('demo-banner');
    if (banner) banner.hidden = false;
  }

  if (useMocks || import.meta.env.DEV) await fromSource();
  else await import(/* @vite-ignore */ `/buurtkit/${widget}.js`);

  // The snippet names the server this page came from, when that is the real one.
  if (!useMocks && !import.meta.env.DEV) {
    const code = document.getElementById('snippet-code');
    if (code) code.textContent = code.textContent!.replaceAll('http://localhost:8080', location.origin);
  }
}
