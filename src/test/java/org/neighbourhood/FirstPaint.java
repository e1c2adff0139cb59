package org.neighbourhood;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;

/**
 * A page as a person's browser first shows it: cold loads in headless Chromium, each in a new context (an empty
 * cache, no cookies), with when its content first painted, when Flow took over from the first HTML's copy, how far
 * the layout shifted meanwhile, and what came over the wire. Used by the surge benchmark; the watching script is
 * the browser tests' too.
 */
public final class FirstPaint {

    /**
     * Notes in the page, from its very start, whether it showed the first HTML's copy, when Flow put the page itself
     * in its place, and how far the layout shifted (the Cumulative Layout Shift of the load, as Chromium reports it).
     */
    public static final String WATCH = """
            window.__shift = 0;
            window.__sawCopy = false;
            window.__handover = null;
            new PerformanceObserver(list => {
              for (const entry of list.getEntries()) {
                if (!entry.hadRecentInput) { window.__shift += entry.value; }
              }
            }).observe({ type: 'layout-shift', buffered: true });
            new MutationObserver(() => {
              if (document.querySelector('[data-prerendered]')) {
                window.__sawCopy = true;
              } else if (window.__sawCopy && window.__handover === null && document.querySelector('.page')) {
                window.__handover = performance.now();
              }
            }).observe(document, { childList: true, subtree: true });
            """;

    /** One cold load: times in ms from the start of navigation; bytes as received, compressed. */
    public record Load(double firstContentfulPaint, double handover, double layoutShift, int requests, long bytes) {
    }

    private FirstPaint() {
    }

    public static boolean chromiumInstalled() {
        return Files.isExecutable(BrowserTest.CHROMIUM);
    }

    /** {@code loads} cold loads of {@code url}, one after another, in one headless Chromium. */
    public static List<Load> measure(String url, int loads) {
        var env = new HashMap<>(System.getenv());
        env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        try (var playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
                var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(BrowserTest.CHROMIUM).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                "--disable-component-update", "--no-first-run")))) {
            var measured = new ArrayList<Load>();
            for (int load = 0; load < loads; load++) {
                measured.add(load(browser, url));
            }
            return measured;
        }
    }

    private static Load load(Browser browser, String url) {
        try (var context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            context.addInitScript(WATCH);
            var page = context.newPage();
            var requests = new AtomicInteger();
            var bytes = new AtomicLong();
            page.onRequestFinished(request -> {
                requests.incrementAndGet();
                var sizes = request.sizes();
                bytes.addAndGet(Math.max(0, sizes.responseBodySize) + Math.max(0, sizes.responseHeadersSize));
            });
            page.navigate(url);
            page.waitForFunction("() => window.__handover !== null", null,
                    new Page.WaitForFunctionOptions().setTimeout(60_000));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            var paint = number(page.evaluate(
                    "performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1"));
            return new Load(paint, number(page.evaluate("window.__handover")),
                    number(page.evaluate("window.__shift")), requests.get(), bytes.get());
        }
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
