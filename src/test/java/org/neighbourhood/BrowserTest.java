package org.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of tests in a real browser: the application on a random port and Debian's Chromium, driven headless.
 * Skipped where Chromium is not installed; the test tool never downloads a browser of its own. One browser
 * serves a test class; each test gets a fresh context, so cookies, permissions and location never leak.
 *
 * <p>Pages run under the portal's real Content-Security-Policy, and a test fails if the browser refused
 * anything because of it: a page that works only once the policy is loosened is broken for visitors.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "neighbourhood.public-pages.light-trees=true")
@EnabledIf(value = "org.neighbourhood.BrowserTest#chromiumInstalled",
        disabledReason = "Chromium is not installed at /usr/bin/chromium (apt-get install chromium), so browser tests are skipped")
public abstract class BrowserTest {

    /** Reports every policy violation on the console, where the browser's own messages may not say it all. */
    private static final String REPORT_CSP_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', e => console.error(
                'Content Security Policy violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI
                + ' at ' + e.sourceFile + ':' + e.lineNumber));
            """;

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    protected BrowserContext context;
    protected Page page;
    private final List<String> policyViolations = new CopyOnWriteArrayList<>();

    static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM);
    }

    @BeforeAll
    static void launchBrowser() {
        var env = new HashMap<>(System.getenv());
        env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openContext() {
        policyViolations.clear();
        useContext(new Browser.NewContextOptions().setLocale("en-GB"));
    }

    /**
     * Replaces the test's browser context with a new one of these options (another language, script off), watched
     * for policy violations as every context is, with one new page.
     */
    protected void useContext(Browser.NewContextOptions options) {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(options);
        context.addInitScript(REPORT_CSP_VIOLATIONS);
        context.onConsoleMessage(message -> {
            if (isPolicyViolation(message.text())) {
                policyViolations.add(message.text() + " (on " + message.location() + ")");
            }
        });
        context.onWebError(error -> {
            if (isPolicyViolation(error.error())) {
                policyViolations.add(error.error());
            }
        });
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        // A round trip to each page delivers the messages the browser has sent but the test has not yet read.
        for (var open : context.pages()) {
            try {
                open.evaluate("0");
            } catch (RuntimeException closedOrNavigating) {
                // Nothing more to read from a page that is gone.
            }
        }
        context.close();
        assertThat(policyViolations).as("Content-Security-Policy violations reported in the browser").isEmpty();
    }

    private static boolean isPolicyViolation(String text) {
        return text.contains("Content Security Policy") || text.contains("Refused to");
    }

    /** The address of a page of the portal under test, such as {@code /neighbourhoods/riverside}. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Opens a page and waits until Vaadin has rendered its heading — Flow's own, not the copy of the page that the
     * first HTML of a public page shows until Flow has started, which has no server behind its buttons yet.
     */
    protected void open(String path) {
        page.navigate(url(path));
        page.waitForSelector("h1");
        waitForFlow();
    }

    /** Waits until Flow shows the page itself in place of the first HTML's copy, if the page had one. */
    protected void waitForFlow() {
        page.waitForFunction("() => !document.querySelector('[data-prerendered]')");
    }

    /** Opens a page and waits until it has rendered and fetched what it needs, such as photos. */
    protected void openSettled(String path) {
        open(path);
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    protected void assertNoViolations(String where) {
        // A dialog fading in shows blended colours that fail the contrast rule: scan what the person settles on.
        page.waitForFunction("() => !document.querySelector('[opening], [closing]')"
                + " && document.getAnimations().every(animation => animation.playState !== 'running')");
        var results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
        assertThat(results.getErrorMessage()).as("axe error on %s", where).isNull();
        var violations = results.getViolations();
        var report = violations.stream().map(BrowserTest::describe)
                .collect(Collectors.joining("\n", "Accessibility violations on " + where + ":\n", ""));
        if (!violations.isEmpty()) {
            System.out.println(report);
        }
        assertThat(violations).withFailMessage(report).isEmpty();
    }

    private static String describe(Rule rule) {
        var nodes = rule.getNodes().stream()
                .map(node -> "    at " + node.getTarget() + (node.getFailureSummary() == null ? ""
                        : "\n      " + node.getFailureSummary().replace("\n", "\n      ")))
                .collect(Collectors.joining("\n"));
        return "  " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " – " + rule.getHelpUrl()
                + "\n" + nodes;
    }

    /** Signs in through the sign-in form and waits for the back office. */
    protected void signIn(String username, String password) {
        open("/login");
        page.fill("vaadin-login-form input[name=username]", username);
        page.fill("vaadin-login-form input[name=password]", password);
        page.click("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form vaadin-button");
        page.waitForURL(url -> !url.contains("/login"));
        if (!page.url().endsWith("/admin")) {
            open("/admin");
        } else {
            page.waitForSelector("h1");
        }
    }
}
