"""The built site in headless Chromium, as a reader uses it (issue: the site in a real browser).

Run by `make test` with Debian's python3, python3-selenium, chromium and chromium-driver (the Makefile
installs them). Selenium is given Debian's chromedriver, so nothing is fetched. If Chromium cannot start,
every test fails with that reason; none is skipped.

SCREENSHOTS=DIR also writes the README's screenshots into DIR (`make screenshots`).
"""
import json, os, re, shutil, signal, socket, subprocess, sys, tempfile, time, unittest, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.environ.get("FESTDOC_BIN", os.path.join(ROOT, ".build", "debug"))
SAMPLE = os.path.join(ROOT, "Tests", "Fixtures", "sample")
FEST_ERA = os.path.join(ROOT, "Tests", "Fixtures", "fest-era")
FEST_ERA_FESTIVAL = "carrier-webhooks-cw0002"
FESTIVAL = "parcel-tracking-pt0001"
TASK = "festivals/active/parcel-tracking-PT0001/003_IMPLEMENT/01_core_services/01_shipment_service.md"
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")


def festdoc(*arguments, **kwargs):
    return subprocess.run([os.path.join(BIN, "festdoc"), *arguments], check=True, capture_output=True, text=True,
                          **kwargs)


def fold(text):
    return "".join(c for c in text.lower() if c.isalnum())


def start_browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,900", "--allow-file-access-from-files", "--hide-scrollbars",
                     "--force-color-profile=srgb", "--font-render-hinting=none"]:
        options.add_argument(argument)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)


class BrowserCase(unittest.TestCase):
    """A site built from SOURCE, open in Chromium; the helpers every test uses."""
    SOURCE = SAMPLE
    browser = None
    failure = None

    @classmethod
    def setUpClass(cls):
        cls.work = tempfile.mkdtemp(prefix="festdoc-browser-")
        cls.site = os.path.join(cls.work, "site")
        festdoc("build", cls.SOURCE, "-o", cls.site, "-q")
        try:
            cls.browser = start_browser()
        except Exception as error:  # reported by every test, never skipped
            cls.failure = f"Chromium did not start: {error}"

    @classmethod
    def tearDownClass(cls):
        if cls.browser:
            cls.browser.quit()
        shutil.rmtree(cls.work, ignore_errors=True)

    def setUp(self):
        if self.failure:
            self.fail(self.failure)
        self.browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        self.browser.get_log("browser")
        self.browser.get_log("performance")

    # -- helpers ------------------------------------------------------------------------------------------

    def url(self, path):
        return "file://" + os.path.join(self.site, path)

    def open(self, url):
        if url.startswith("file://"):
            self.assertTrue(os.path.exists(url[7:].partition("#")[0]), f"no file {url}")
        self.browser.get(url)
        self.browser.execute_script("return document.fonts.ready.then(function () { return true; })")
        return self.browser

    def assert_clean(self, allowed=("file://",)):
        """No console error, and no request to anything but the site itself."""
        errors = [entry["message"] for entry in self.browser.get_log("browser") if entry["level"] == "SEVERE"]
        self.assertEqual(errors, [], "console errors")
        outside = []
        for entry in self.browser.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") == "Network.requestWillBeSent":
                requested = message["params"]["request"]["url"]
                if not requested.startswith(allowed + ("data:", "blob:", "about:")):
                    outside.append(requested)
        self.assertEqual(outside, [], "requests outside the site")

    def phone(self):
        self.browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                     {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})

    def navigation(self, festival=FESTIVAL):
        with open(os.path.join(self.site, festival, "nav.js"), encoding="utf-8") as handle:
            text = handle.read()
        data = json.loads(text[text.index("(") + 1:text.rindex(")")])
        links = []

        def walk(items):
            for item in items:
                if "u" in item:
                    links.append((item["t"], item["u"]))
                walk(item.get("c", []))
        walk(data["items"])
        return links

    def first_search_result(self, seconds):
        """The first search result's text once the index has loaded and answered, or None."""
        deadline = time.time() + seconds
        first = None
        while time.time() < deadline and not first:
            first = self.browser.execute_script(
                "var a = document.querySelector('#search-results a'); return a ? a.textContent : null")
            time.sleep(0.05)
        return first

    def assert_links_open_their_pages(self, links):
        for title, path in links:
            page, _, anchor = path.partition("#")
            browser = self.open(self.url(page))
            heading = browser.execute_script("var h = document.querySelector('main h1'); return h ? h.textContent : ''")
            if anchor:
                found = browser.execute_script("return !!document.getElementById(arguments[0])", anchor)
                self.assertTrue(found, f"{title}: no #{anchor} in {page}")
            else:
                # Plan entries lead with their number (`01 Gather Requirements`); the page says the rest.
                label = fold(re.sub(r"^\d+\s+", "", title))
                self.assertIn(label, fold(heading + " " + browser.title), f"{title} opened {page}")
            self.assert_clean()

    def assert_fits_a_phone(self, pages):
        self.phone()
        for page in pages:
            browser = self.open(self.url(page))
            width = browser.execute_script("return document.documentElement.scrollWidth")
            viewport = browser.execute_script("return window.innerWidth")
            self.assertLessEqual(width, viewport, f"{page} scrolls sideways at 390 px ({width} > {viewport})")
            self.assert_clean()


class SiteInBrowser(BrowserCase):
    # -- tests --------------------------------------------------------------------------------------------

    def test_every_sidebar_link_opens_its_page(self):
        links = self.navigation()
        self.assertGreater(len(links), 40)
        self.assert_links_open_their_pages(links)
        # The sidebar is drawn on every page and marks where the reader is.
        browser = self.open(self.url(f"{FESTIVAL}/components/billing-service.html"))
        current = browser.execute_script(
            "var a = document.querySelector('#sidebar [aria-current=page]'); return a ? a.textContent : null")
        self.assertEqual(current, "Billing Service")

    def test_search_finds_a_component_first_and_enter_opens_it(self):
        from selenium.webdriver.common.keys import Keys
        browser = self.open(self.url("index.html"))
        box = browser.find_element("id", "search-box")
        box.send_keys("/")  # the box may already have focus; the key must not break it
        box.clear()
        box.send_keys("billing service")
        first = self.first_search_result(10)
        self.assertIsNotNone(first, "no search results")
        self.assertIn("Billing Service", first)
        box.send_keys(Keys.ENTER)
        deadline = time.time() + 10
        while time.time() < deadline and not browser.current_url.endswith("billing-service.html"):
            time.sleep(0.05)
        self.assertTrue(browser.current_url.endswith(f"{FESTIVAL}/components/billing-service.html"), browser.current_url)
        self.assert_clean()

    def test_dark_mode_toggle_switches_and_is_remembered(self):
        browser = self.open(self.url("index.html"))
        start = browser.execute_script(
            "return document.documentElement.getAttribute('data-theme') || "
            "(matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')")
        background = browser.execute_script("return getComputedStyle(document.body).backgroundColor")
        browser.find_element("css selector", ".theme-toggle").click()
        chosen = browser.execute_script("return document.documentElement.getAttribute('data-theme')")
        self.assertNotEqual(chosen, start)
        self.assertNotEqual(browser.execute_script("return getComputedStyle(document.body).backgroundColor"), background)
        browser.refresh()
        self.assertEqual(browser.execute_script("return document.documentElement.getAttribute('data-theme')"), chosen)
        other = self.open(self.url(f"{FESTIVAL}/authorization/index.html"))
        self.assertEqual(other.execute_script("return document.documentElement.getAttribute('data-theme')"), chosen)
        browser.find_element("css selector", ".theme-toggle").click()  # back, for the other tests
        self.assert_clean()

    def test_the_entity_page_draws_its_data_model_in_light_dark_and_on_a_phone(self):
        page = f"{FESTIVAL}/entities/shipment.html"
        script = (
            "function lum(c) { var m = c.match(/[\\d.]+/g).map(Number); return 0.2126*m[0] + 0.7152*m[1] + 0.0722*m[2]; }"
            "var heading = document.getElementById('data-model');"
            "var svg = heading && heading.closest('section').querySelector('svg.fd-er');"
            "if (!svg) return null;"
            "var box = svg.getBoundingClientRect();"
            "var text = svg.querySelector('.fd-entity text'), title = svg.querySelector('.fd-entity .fd-er-title');"
            "return {tables: svg.querySelectorAll('.fd-entity').length, marks: svg.querySelectorAll('[data-cardinality]').length,"
            "  width: box.width, right: box.right, viewport: window.innerWidth,"
            "  contrast: Math.abs(lum(getComputedStyle(text).fill) - lum(getComputedStyle(title).fill))};")
        found = {}
        for scheme in ["light", "dark"]:
            self.browser.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                         {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
            try:
                browser = self.open(self.url(page))
                browser.execute_script("try { localStorage.removeItem('festdoc-theme'); } catch (e) {}"
                                       "document.documentElement.removeAttribute('data-theme')")
                found[scheme] = browser.execute_script(script)
                self.assert_clean()
            finally:
                self.browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
            self.assertIsNotNone(found[scheme], f"no ER diagram on {page} ({scheme})")
            # Shipment and the three entities one relationship away, each relationship with marks at both ends.
            self.assertEqual(found[scheme]["tables"], 4, scheme)
            self.assertGreaterEqual(found[scheme]["marks"], 6, scheme)
            self.assertGreater(found[scheme]["contrast"], 60, f"table text does not stand out ({scheme})")
        self.phone()
        browser = self.open(self.url(page))
        drawn = browser.execute_script(script)
        self.assertGreater(drawn["width"], 100)
        self.assertLessEqual(drawn["right"], drawn["viewport"] + 0.5, "the drawing runs off a phone's screen")
        self.assert_fits_a_phone([page])

    def test_wide_content_fits_a_phone_without_the_page_scrolling_sideways(self):
        self.assert_fits_a_phone([f"{FESTIVAL}/authorization/index.html", f"{FESTIVAL}/index.html",
                                  f"{FESTIVAL}/interfaces.html", f"{FESTIVAL}/components/api-gateway.html"])

    def test_label_widths_match_chromium_within_three_percent(self):
        labels = self.labels()
        self.assertEqual(len(labels), 200)
        measured = json.loads(subprocess.run([os.path.join(BIN, "festdoc-bench"), "measure"], input="\n".join(labels),
                                             capture_output=True, text=True, check=True).stdout)
        font = os.path.join(self.site, "assets", "fonts", "DejaVuSans.woff2")
        page = os.path.join(self.work, "measure.html")
        with open(page, "w", encoding="utf-8") as handle:
            handle.write("<!DOCTYPE html><meta charset=utf-8><style>@font-face{font-family:'Shipped';src:url('file://"
                         + font + "') format('woff2')}text{font-family:'Shipped';font-size:14px}</style>"
                         "<svg xmlns='http://www.w3.org/2000/svg' width='2000' height='100'></svg>")
        browser = self.open("file://" + page)
        browser.execute_script("return document.fonts.load('14px Shipped')")
        widths = browser.execute_script("""
            var svg = document.querySelector('svg');
            return arguments[0].map(function (label) {
              var text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
              text.textContent = label; svg.appendChild(text);
              var width = text.getComputedTextLength(); svg.removeChild(text); return width;
            });""", labels)
        self.assertTrue(browser.execute_script("return document.fonts.check('14px Shipped')"), "the font did not load")
        worst = []
        for row, chromium in zip(measured, widths):
            ours = float(row["width"])
            error = abs(ours - chromium) / chromium
            worst.append((error, row["text"], ours, chromium))
        worst.sort(reverse=True)
        self.assertLessEqual(worst[0][0], 0.03, f"worst: {worst[:5]}")

    def labels(self):
        """200 labels from the sample's contract: names, operations, fields and cells, shortest first."""
        with open(os.path.join(SAMPLE, "festivals/active/parcel-tracking-PT0001/COMMON_INTERFACES.md"),
                  encoding="utf-8") as handle:
            text = handle.read()
        cells = []
        for line in text.splitlines():
            if line.startswith("|") and not line.startswith("|--"):
                for cell in line.strip("|").split("|"):
                    cell = re.sub(r"[`*\[\]]", "", cell).strip()
                    if 2 <= len(cell) <= 40 and cell not in cells and all(ord(c) < 0x2190 for c in cell):
                        cells.append(cell)
        return sorted(cells[:200], key=lambda c: (len(c), c))

    def test_single_file_export_opens_alone_and_its_links_work(self):
        alone = os.path.join(self.work, "alone")
        os.makedirs(alone)
        festdoc("export", SAMPLE, "--single-file", os.path.join(alone, "contracts.html"), "-q")
        self.assertEqual(os.listdir(alone), ["contracts.html"])
        browser = self.open("file://" + os.path.join(alone, "contracts.html"))
        link = browser.find_element("css selector", "a[href='#page-parcel-tracking-pt0001--components--billing-service']")
        browser.execute_script("arguments[0].scrollIntoView()", link)
        browser.execute_script("arguments[0].click()", link)
        visible = browser.execute_script(
            "var s = document.getElementById('page-parcel-tracking-pt0001--components--billing-service');"
            "return s && s.offsetParent !== null && s.textContent.indexOf('Billing Service') >= 0")
        self.assertTrue(visible, "the linked section is not shown")
        # Every part of the search index is inline: search answers with links to sections.
        box = browser.find_element("id", "search-box")
        box.send_keys("billing service")
        self.assertEqual(self.first_search_result(10), "Billing Service")
        href = browser.execute_script("return document.querySelector('#search-results a').getAttribute('href')")
        self.assertEqual(href, "#page-parcel-tracking-pt0001--components--billing-service")
        self.assert_clean()

    def test_serve_shows_an_edit_in_the_open_tab(self):
        content = os.path.join(self.work, "served")
        shutil.copytree(SAMPLE, content)
        server = subprocess.Popen([os.path.join(BIN, "festdoc"), "serve", content, "--port", "0"],
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            port = None
            for line in server.stdout:
                found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
                if found:
                    port = found.group(1)
                    break
            self.assertIsNotNone(port, "serve did not start")
            page = f"http://127.0.0.1:{port}/{FESTIVAL}/docs/003-implement/01-core-services/01-shipment-service.html"
            browser = self.open(page)
            # The event stream is open once the script has run.
            time.sleep(0.5)
            with open(os.path.join(content, TASK), "a", encoding="utf-8") as handle:
                handle.write("\nWritten while the tab was open.\n")
            deadline = time.time() + 20
            while time.time() < deadline and "Written while the tab was open." not in browser.page_source:
                time.sleep(0.1)
            self.assertIn("Written while the tab was open.", browser.page_source)
            self.assert_clean(allowed=(f"http://127.0.0.1:{port}/",))
        finally:
            server.send_signal(signal.SIGINT)
            server.wait(timeout=30)

    def test_screenshots(self):
        """Home, a component, the authorization matrix and the system graph, light and dark, wide and narrow."""
        folder = os.environ.get("SCREENSHOTS") or os.path.join(ROOT, ".build", "screenshots")
        os.makedirs(folder, exist_ok=True)
        pages = {"home": f"{FESTIVAL}/index.html", "component": f"{FESTIVAL}/components/shipment-service.html",
                 "authorization": f"{FESTIVAL}/authorization/index.html", "system-graph": f"{FESTIVAL}/index.html"}
        written = []
        for scheme in ["light", "dark"]:
            self.browser.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                         {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
            for width_name, width in [("desktop", 1280), ("phone", 390)]:
                self.browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                             {"width": width, "height": 900 if width > 400 else 844,
                                              "deviceScaleFactor": 1, "mobile": width < 400})
                for name, path in pages.items():
                    browser = self.open(self.url(path))
                    browser.execute_script("try { localStorage.removeItem('festdoc-theme'); } catch (e) {}"
                                           "document.documentElement.removeAttribute('data-theme')")
                    if name == "system-graph":
                        browser.execute_script("var f = document.querySelector('figure.diagram');"
                                               "if (f) window.scrollTo(0, f.getBoundingClientRect().top + scrollY - 80)")
                    target = os.path.join(folder, f"{name}-{scheme}-{width_name}.png")
                    self.assertTrue(browser.save_screenshot(target))
                    written.append(target)
        self.browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
        self.assertEqual(len(written), 16)
        self.assert_clean()


class FestEraInBrowser(BrowserCase):
    """The fest-era workspace: a festival with events, workflows, gates and supporting folders; a ritual's runs."""
    SOURCE = FEST_ERA

    def test_the_sidebar_reaches_every_supporting_document(self):
        links = self.navigation(FEST_ERA_FESTIVAL)
        paths = {path for _, path in links}
        docs = os.path.join(self.site, FEST_ERA_FESTIVAL, "docs")
        for folder, _, files in os.walk(docs):
            for name in files:
                page = os.path.relpath(os.path.join(folder, name), self.site)
                self.assertIn(page, paths, f"the sidebar does not reach {page}")
        self.assert_links_open_their_pages(links)

    def test_the_dashboard_and_home_fit_a_phone(self):
        self.assert_fits_a_phone(["index.html", f"{FEST_ERA_FESTIVAL}/index.html", f"{FEST_ERA_FESTIVAL}/review.html",
                                  f"{FEST_ERA_FESTIVAL}/docs/003-implement/01-webhook-receiver/02-event-mapping.html"])

    def test_statuses_read_in_dark_mode(self):
        self.browser.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                     {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
        try:
            browser = self.open(self.url(f"{FEST_ERA_FESTIVAL}/index.html"))
            browser.execute_script("try { localStorage.removeItem('festdoc-theme'); } catch (e) {}"
                                   "document.documentElement.removeAttribute('data-theme')")
            colours = browser.execute_script(
                "function lum(c) { var m = c.match(/\\d+/g).map(Number); return 0.2126*m[0] + 0.7152*m[1] + 0.0722*m[2]; }"
                "var body = lum(getComputedStyle(document.body).backgroundColor);"
                "return Array.from(document.querySelectorAll('.plan-tree .badge')).map("
                "  function (b) { return Math.abs(lum(getComputedStyle(b).color) - body); });")
            self.assertGreater(len(colours), 10)
            # Every badge stands out from the dark page.
            self.assertGreater(min(colours), 60)
            self.assert_clean()
        finally:
            self.browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


class LargeFestivalInBrowser(BrowserCase):
    """A generated festival of 2,000 components: its sidebar comes in parts, loaded as they are needed."""
    FESTIVAL = "bench-festival-bf0001"

    @classmethod
    def setUpClass(cls):
        cls.generated = tempfile.mkdtemp(prefix="festdoc-large-")
        subprocess.run([os.path.join(BIN, "festdoc-bench"), "generate", "--components", "2000", "-o",
                        cls.generated], check=True, capture_output=True)
        cls.SOURCE = cls.generated
        super().setUpClass()

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        shutil.rmtree(cls.generated, ignore_errors=True)

    def scripts_loaded(self):
        """The site's scripts the open page requested, by path inside the site."""
        loaded = set()
        for entry in self.browser.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") == "Network.requestWillBeSent":
                requested = message["params"]["request"]["url"]
                if requested.startswith("file://" + self.site + "/") and requested.endswith(".js"):
                    loaded.add(requested[len("file://" + self.site + "/"):])
        return loaded

    def sidebar_links(self):
        return self.browser.execute_script(
            "return Array.from(document.querySelectorAll('#sidebar a')).map(function (a) {"
            " return a.getAttribute('href'); })")

    def test_a_page_loads_only_the_parts_on_its_way_and_marks_itself(self):
        page = f"{self.FESTIVAL}/components/service-01700.html"
        browser = self.open(self.url(page))
        deadline = time.time() + 10
        current = None
        while time.time() < deadline and not current:
            current = browser.execute_script(
                "var a = document.querySelector('#sidebar [aria-current=page]'); return a ? a.textContent : null")
            time.sleep(0.05)
        self.assertEqual(current, "Service 01700")
        loaded = self.scripts_loaded()
        parts = [path for path in loaded if path.startswith(self.FESTIVAL + "/nav/")]
        self.assertEqual(len(parts), 1, loaded)
        size = sum(os.path.getsize(os.path.join(self.site, path)) for path in loaded)
        self.assertLessEqual(size, 100_000, f"{size} bytes of script: {sorted(loaded)}")
        self.assert_clean()

    def test_every_section_of_the_sidebar_opens(self):
        browser = self.open(self.url(f"{self.FESTIVAL}/index.html"))
        # Open every closed group until none is left; a group in a part fills in when its part loads.
        for _ in range(12):
            opened = browser.execute_script(
                "var closed = Array.from(document.querySelectorAll('#sidebar details:not([open])'));"
                "closed.forEach(function (d) { d.open = true; }); return closed.length;")
            time.sleep(0.3)
            if not opened:
                break
        links = {href[len("../"):] for href in self.sidebar_links()} - {f"{self.FESTIVAL}/index.html"}
        expected = set()
        folder = os.path.join(self.site, self.FESTIVAL)
        for name in ["nav.js"] + [os.path.join("nav", part) for part in os.listdir(os.path.join(folder, "nav"))]:
            with open(os.path.join(folder, name), encoding="utf-8") as handle:
                expected.update(re.findall(r'"u":"([^"]+)"', handle.read()))
        self.assertGreater(len(expected), 6000)
        self.assertEqual(links, expected)
        self.assert_clean()

    def test_search_answers_from_a_few_parts_of_the_index(self):
        # Each query on a fresh page: it loads the map, the shards its words need and the titles shown.
        for query, expected in [("Service 01700", "Service 01700"), ("service", "Service 00000"),
                                ("get thing 42", "Get Thing 42"), ("field3", None)]:
            browser = self.open(self.url("index.html"))
            self.scripts_loaded()
            box = browser.find_element("id", "search-box")
            box.send_keys(query)
            first = self.first_search_result(20)
            self.assertIsNotNone(first, query)
            if expected:
                self.assertEqual(first, expected)
            index = [path for path in self.scripts_loaded() if path.startswith("search/")]
            self.assertIn("search/map.js", index)
            size = sum(os.path.getsize(os.path.join(self.site, path)) for path in index)
            self.assertLessEqual(size, 300_000, f"{query}: {size} bytes of index: {sorted(index)}")
            self.assert_clean()

if __name__ == "__main__":
    unittest.main(verbosity=2)
