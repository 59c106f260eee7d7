// WCAG checks axe cannot make (Chromium): text spacing (1.4.12), forced colours, 400 % zoom
// (1.4.10 reflow), reduced motion (2.3.3), focus not obscured by what sticks (2.4.11), a focus
// outline never cut off by a box that clips its content (2.4.7).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { browserAndSite, openPage, widgetReady } from './harness.mjs';
import { sel } from '../../scripts/vocabulary.mjs';

/** Elements of the report (`report`: its selector) whose text is cut off: content larger than a box that hides its overflow.
 *  Text kept for screen readers only (a 1-px box, at some widths or always) is not cut off for anyone. */
const clipped = (report) => [...document.querySelectorAll(`${report} *`)]
  .filter((e) => e.checkVisibility() && !e.closest('.visually-hidden, svg') && e.textContent.trim())
  .filter((e) => e.getBoundingClientRect().width > 1)
  .filter((e) => {
    const style = getComputedStyle(e);
    const hides = (o) => o === 'hidden' || o === 'clip';
    return (hides(style.overflowX) && e.scrollWidth > e.clientWidth + 1) || (hides(style.overflowY) && e.scrollHeight > e.clientHeight + 1);
  })
  .map((e) => `${e.localName}.${e.className}: ${e.textContent.trim().slice(0, 40)}`);

describe('WCAG beyond axe', () => {
  const env = browserAndSite();

  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    test(`text spacing overrides cut nothing off and scroll nothing sideways (${viewport.width} px)`, async () => {
      const { page, check, context } = await openPage(env.browser, `${env.site.url}?place=COL`, { viewport });
      await widgetReady(page);
      // The spacing of 1.4.12, as a reader's own stylesheet sets it (a constructed sheet: the page's
      // policy governs <style> elements, not the CSSOM).
      await page.evaluate(() => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      });
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
      assert.deepEqual(await page.evaluate(clipped, sel.Report), []);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scroll');
      await check(`text spacing at ${viewport.width} px`);
      await context.close();
    });
  }

  test('forced colours: the pins\' roles stay apart and the focus stays visible', async () => {
    const { page, check, context } = await openPage(env.browser, env.site.url);
    await page.emulateMedia({ forcedColors: 'active' });
    await widgetReady(page);
    const marks = await page.evaluate(() => {
      const seen = {};
      for (const pin of document.querySelectorAll('.pin')) {
        const role = [...pin.classList].find((c) => c.startsWith('role-'));
        const s = getComputedStyle(pin.querySelector('.pin-mark'));
        seen[role] ??= `${s.backgroundColor} ${s.borderTopColor} ${s.borderTopStyle} ${s.borderRadius} ${s.transform}`;
      }
      return seen;
    });
    const looks = Object.values(marks);
    assert.ok(looks.length >= 3, JSON.stringify(marks));
    assert.equal(new Set(looks).size, looks.length, `every role looks different: ${JSON.stringify(marks, null, 1)}`);
    // Tab to the first pin: its focus outline is drawn.
    const pin = page.getByRole('button', { name: /^Colombia: / });
    await pin.focus();
    const outline = await pin.evaluate((p) => { const s = getComputedStyle(p); return `${s.outlineStyle} ${s.outlineWidth}`; });
    assert.match(outline, /^solid [1-9]/);
    await check('forced colours');
    await context.close();
  });

  test('400 % zoom (320 × 256 CSS px): no sideways scroll, search and filters still work', async () => {
    const { page, check, context } = await openPage(env.browser, env.site.url, { viewport: { width: 320, height: 256 } });
    await widgetReady(page);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scroll');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('colombia');
    await page.getByRole('button', { name: /^Toon \d+ resulta/ }).click();
    await page.getByRole('article').first().waitFor();
    assert.ok(await page.getByRole('article').count() >= 1);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scroll after searching');
    await check('400 % zoom, searched');
    await context.close();
  });

  test('reduced motion: choosing a place and opening a footnote animate nothing', async () => {
    const { page, check, context } = await openPage(env.browser, env.site.url, { reducedMotion: 'reduce' });
    await widgetReady(page);
    await page.getByRole('button', { name: /^Colombia: / }).click();
    await page.getByRole('button', { name: /^Voetnoot \d+$/ }).first().click();
    const running = await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').map((a) => a.animationName ?? a.transitionProperty ?? 'animation'));
    assert.deepEqual(running, []);
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), 'auto');
    await check('reduced motion');
    await context.close();
  });

  // A box that skips its content off screen (`content-visibility`) or hides its overflow clips what
  // is painted outside it, a focus outline too: each control's outline must fit inside them.
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    test(`no focus outline is cut off by a box around it (${viewport.width} px)`, async () => {
      const { page, check, context } = await openPage(env.browser, env.site.url, { viewport });
      await widgetReady(page);
      await page.keyboard.press('Tab'); // a keyboard user's focus: the outlines of :focus-visible
      const cut = await page.evaluate(() => {
        const found = [];
        const controls = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
          .filter((e) => e.checkVisibility() && !e.closest('.visually-hidden, [inert]') && e.tabIndex >= 0);
        for (const control of controls) {
          control.focus({ preventScroll: true });
          const style = getComputedStyle(control);
          if (style.outlineStyle === 'none') continue;
          const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
          const r = control.getBoundingClientRect();
          for (let box = control.parentElement; box && box !== document.body; box = box.parentElement) {
            const b = getComputedStyle(box);
            const contained = b.contentVisibility !== 'visible' || /paint|content|strict/.test(b.contain);
            const across = contained || b.overflowX !== 'visible';
            const down = contained || ['hidden', 'clip'].includes(b.overflowY);
            if (!across && !down) continue;
            const q = box.getBoundingClientRect();
            const [left, right] = [q.left + parseFloat(b.borderLeftWidth), q.right - parseFloat(b.borderRightWidth)];
            const [top, bottom] = [q.top + parseFloat(b.borderTopWidth), q.bottom - parseFloat(b.borderBottomWidth)];
            if ((across && (r.left - reach < left - 0.5 || r.right + reach > right + 0.5))
              || (down && (r.top - reach < top - 0.5 || r.bottom + reach > bottom + 0.5))) {
              found.push(`${control.localName} "${(control.getAttribute('aria-label') || control.labels?.[0]?.textContent || control.textContent || control.value || '').trim().slice(0, 30)}" in ${box.localName}.${box.className}`);
              break;
            }
          }
        }
        document.activeElement?.blur();
        return { checked: controls.length, found };
      });
      assert.ok(cut.checked > 50, `the page's controls were checked (${cut.checked})`);
      assert.deepEqual(cut.found, []);
      await check(`every control focused once at ${viewport.width} px`);
      await context.close();
    });
  }

  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    test(`focus is never hidden behind what sticks (${viewport.width} px)`, async () => {
      const { page, check, context } = await openPage(env.browser, `${env.site.url}?ministry=Defensie`, { viewport });
      await widgetReady(page);
      // From the first result onwards, by Tab: each focused control shows at least in part.
      await page.getByRole('article').first().evaluate((card) => { card.tabIndex = -1; card.focus(); });
      const hidden = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const seen = await page.evaluate(() => {
          const e = document.activeElement;
          if (!e || e === document.body || e.closest('[role=dialog]')) return true;
          const r = e.getBoundingClientRect();
          const points = [[0.5, 0.5], [0.1, 0.1], [0.9, 0.1], [0.1, 0.9], [0.9, 0.9]]
            .map(([x, y]) => [r.left + r.width * x, r.top + r.height * y])
            .filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
          return points.some(([x, y]) => { const hit = document.elementFromPoint(x, y); return hit && (hit === e || e.contains(hit) || hit.contains(e)); })
            || `${e.localName} ${e.textContent.trim().slice(0, 40)} at ${Math.round(r.top)}`;
        });
        if (seen !== true) hidden.push(seen);
      }
      assert.deepEqual(hidden, []);
      await check(`focus moved through the results at ${viewport.width} px`);
      await context.close();
    });
  }
});
