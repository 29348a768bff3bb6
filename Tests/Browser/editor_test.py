#!/usr/bin/env python3
"""The web editor in a real browser (headless Chromium through Selenium), as a clerk uses it.

Starts `jixiao serve` on a free port over a copy of the Linzhi example, opens the page, and:
changes a weight and sees the weight diagnostic at its field and the new total; changes a
target and sees the total fall; downloads the PDF and finds the project in its text; saves;
and takes the screenshot docs/serve.md shows. Exits non-zero on the first thing that is not so.

Usage: editor_test.py JIXIAO_BINARY REPO [--screenshot PATH]
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as expected
from selenium.webdriver.support.ui import WebDriverWait

EXAMPLE = "linzhi-2024-kunnan-zhigong.yaml"


def fail(message):
    print("BROWSER TEST FAILED: " + message, file=sys.stderr)
    sys.exit(1)


def start_server(binary, repo, workspace):
    env = dict(os.environ, JIXIAO_FONTS=os.path.join(repo, "fonts"))
    server = subprocess.Popen([binary, "serve", "--port", "0", "--workspace", workspace],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    line = server.stdout.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not match:
        server.kill()
        fail("serve printed no address: %r %r" % (line, server.stderr.read()))
    return server, "http://127.0.0.1:%s/" % match.group(1)


def browser(downloads):
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1500,1000",
                     "--disable-dev-shm-usage", "--lang=zh-CN"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"download.default_directory": downloads,
                                              "download.prompt_for_download": False})
    for path in ("/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if os.path.exists(path):
            options.binary_location = path
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    return webdriver.Chrome(service=Service(driver_path), options=options)


def text_of(driver, element_id):
    return driver.find_element(By.ID, element_id).text.strip()


def wait_for(driver, condition, what, seconds=20):
    try:
        return WebDriverWait(driver, seconds).until(condition)
    except Exception:
        fail("timed out waiting for " + what + "; status=" + text_of(driver, "status")
             + "; messages=" + text_of(driver, "messages")[:400])


def type_into(element, text):
    element.clear()
    element.send_keys(text)


def main():
    binary, repo = sys.argv[1], sys.argv[2]
    screenshot = sys.argv[sys.argv.index("--screenshot") + 1] if "--screenshot" in sys.argv else None
    workspace = tempfile.mkdtemp(prefix="jixiao-browser-")
    downloads = tempfile.mkdtemp(prefix="jixiao-downloads-")
    shutil.copy(os.path.join(repo, "assets/examples", EXAMPLE), workspace)
    server, address = start_server(binary, repo, workspace)
    driver = browser(downloads)
    try:
        driver.get(address)
        wait_for(driver, lambda d: text_of(d, "total") == "88", "the example's total 88")
        wait_for(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#pages img")) == 9, "nine preview pages")
        if text_of(driver, "grade") != "良":
            fail("grade is %r, not 良" % text_of(driver, "grade"))

        # A weight: 六一慰问 5 → 6 makes 产出's rows weigh 41 against the scheme's 40: an error at
        # the level, and no total until 开展记者节慰问人数 gives the point back (5 → 4): 88 − 1 = 87.
        type_into(driver.find_element(By.CSS_SELECTOR, '[data-field="indicators[产出][数量指标][3].weight"]'), "6")
        note = wait_for(driver, expected.presence_of_element_located((By.CSS_SELECTOR, ".note[data-code='J022']")),
                        "the J022 note at the level whose weights no longer add up")
        if "41" not in note.text or "40" not in note.text:
            fail("the weight note does not give both figures: " + note.text)
        holder = note.find_element(By.XPATH, "./ancestor::*[@data-field][1]")
        if holder.get_attribute("data-field") != "indicators[产出]":
            fail("the J022 note is not at 产出: " + str(holder.get_attribute("data-field")))
        wait_for(driver, lambda d: text_of(d, "total") == "—", "no total while the weights are wrong")
        type_into(driver.find_element(By.CSS_SELECTOR, '[data-field="indicators[产出][数量指标][6].weight"]'), "4")
        wait_for(driver, lambda d: text_of(d, "total") == "87", "the total 87 once the weights add up again")
        if driver.find_elements(By.CSS_SELECTOR, ".note[data-code='J022']"):
            fail("the J022 note stayed after the weights were fixed")

        # A target: 慰问市直单位驻村工作队 ≥20个 → ≥250个 scores 5 × 125/250 = 2.5: 87 → 84.5.
        target = driver.find_element(By.CSS_SELECTOR, '[data-field="indicators[产出][数量指标][1].target"]')
        type_into(target, "≥250个")
        wait_for(driver, lambda d: text_of(d, "total") == "84.5", "the total 84.5 after the target change")
        # A section moved up and the goals edited: the PDF numbers the moved section 一、 and the
        # saved file has both.
        driver.find_element(By.CSS_SELECTOR, '[data-field="sections[2]"] > .tools button[title="本节上移"]').click()
        moved = driver.find_element(By.CSS_SELECTOR, '[data-field="sections[1].title"]').get_attribute("value")
        if moved != "绩效自评工作组织情况":
            fail("the moved section is not first: " + moved)
        achieved = driver.find_element(By.CSS_SELECTOR, '[data-field="goals.achieved"]')
        achieved.send_keys("（经浏览器修改）")
        wait_for(driver, lambda d: d.find_element(By.ID, "preview-state").text.endswith("ms")
                 and text_of(d, "total") == "84.5", "the preview after the move")
        if screenshot:
            driver.execute_script("window.scrollTo(0, document.querySelector('[data-field=\"indicators[产出]\"]').offsetTop - 60)")
            time.sleep(0.3)
            driver.save_screenshot(screenshot)

        driver.find_element(By.ID, "download-pdf").click()
        pdf = os.path.join(downloads, EXAMPLE.replace(".yaml", ".pdf"))
        deadline = time.time() + 30
        while not (os.path.exists(pdf) and os.path.getsize(pdf) > 0) and time.time() < deadline:
            time.sleep(0.2)
        if not os.path.exists(pdf):
            fail("no PDF downloaded: " + ", ".join(os.listdir(downloads)))
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
        if "困难职工帮扶（1:1）配套资金" not in text or "≥250个" not in text:
            fail("the downloaded PDF lacks the project or the new target")
        if "一、绩效自评工作组织情况" not in text or "二、项目基本情况" not in text:
            fail("the downloaded PDF does not number the moved section first")
        if "（经浏览器修改）" not in text:
            fail("the downloaded PDF lacks the edited goals")

        driver.find_element(By.ID, "save").click()
        driver.switch_to.alert.accept()  # the original file's comments are not kept: confirm
        wait_for(driver, lambda d: text_of(d, "status").startswith("已保存"), "the save")
        with open(os.path.join(workspace, EXAMPLE), encoding="utf-8") as saved:
            body = saved.read()
        if "target: ≥250个" not in body:
            fail("the saved file lacks the new target")
        if not 0 <= body.find("title: 绩效自评工作组织情况") < body.find("title: 项目基本情况"):
            fail("the saved file does not have the moved section first")
        if "（经浏览器修改）" not in body:
            fail("the saved file lacks the edited goals")
        print("browser test passed: total 88 → — (J022 at 产出) → 87 → 84.5, a section moved, goals edited, "
              "PDF downloaded, saved")
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(workspace, ignore_errors=True)
        shutil.rmtree(downloads, ignore_errors=True)


if __name__ == "__main__":
    main()
