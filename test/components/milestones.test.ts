import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../components/define.js';
import type { TnErrorEvent, TnMilestones } from '../../components/index.js';
import { fresh, settled, shadow, text, until } from './helpers.js';

const TN = '/examples/data/tp-thai-nguyen-2020-2025.json';

// The Thái Nguyên file (fetched for real) with five more milestones, so that one element at
// 2023-12-31 shows every state: done on time, done late, overdue, due but not yet reported (the
// bridge), in progress, not yet due, not started and cancelled.
async function everyState(): Promise<unknown> {
  const doc = await (await fetch(fresh(TN))).json();
  doc.milestones.push(
    { id: 'dung-han', title: { vi: 'Việc xong đúng hạn', en: 'Done on time' }, group: 'do-thi', due: '2021', done: '2021-06', status: 'done' },
    { id: 'tre-han', title: { vi: 'Việc xong trễ hạn', en: 'Done late' }, group: 'do-thi', due: '2021-06', done: '2022-03', status: 'done' },
    { id: 'qua-han', title: { vi: 'Việc quá hạn', en: 'Overdue task' }, group: 'do-thi', due: '2022-06', status: 'planned' },
    { id: 'chua-den-han', title: { vi: 'Việc chưa đến hạn', en: 'Task not yet due' }, group: 'do-thi', due: '2025', status: 'planned' },
    { id: 'huy', title: { vi: 'Việc đã hủy', en: 'Cancelled task' }, group: 'do-thi', due: '2024', status: 'cancelled' },
  );
  return doc;
}

const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('ol[part="card"] > li')];
const statusOf = (li: Element) => {
  const status = li.querySelector('[part="status"]')!;
  return { mark: status.querySelector('.icon')!.textContent!, words: status.textContent!.slice(status.querySelector('.icon')!.textContent!.length), cls: status.className };
};
const row = (el: Element, title: string) => items(el).find((li) => li.querySelector('[part="title"]')!.textContent!.includes(title))!;

/** A tn-milestones in a box of the given width, settled and measured. */
async function inBox(width: number, attrs: { layout?: string; asOf?: string; lang?: string }, resolution?: unknown): Promise<TnMilestones> {
  const box = await fixture<HTMLDivElement>(html`<div style="inline-size:${width}px">
    <tn-milestones layout=${attrs.layout ?? 'list'} as-of=${attrs.asOf ?? ''} lang=${attrs.lang ?? 'vi'} .resolution=${resolution}></tn-milestones>
  </div>`);
  const el = box.querySelector('tn-milestones')!;
  await settled(el);
  const svg = () => shadow(el, 'svg');
  // (drawn at a default width first, then at the width measured)
  await until(() => (width >= 480 && attrs.layout === 'timeline' ? Number(svg()?.getAttribute('width')) === width : !svg()));
  await el.updateComplete;
  return el;
}

describe('<tn-milestones> states', () => {
  it('gives each state its own mark, words and class, never colour alone', async () => {
    const el = await fixture<TnMilestones>(html`<tn-milestones as-of="2023-12-31" .resolution=${await everyState()}></tn-milestones>`);
    await settled(el);
    const states = {
      done: statusOf(row(el, 'Việc xong đúng hạn')),
      late: statusOf(row(el, 'Việc xong trễ hạn')),
      overdue: statusOf(row(el, 'Việc quá hạn')),
      unreported: statusOf(row(el, 'Cầu Huống Thượng')),
      inProgress: statusOf(row(el, 'quy hoạch chung')),
      notYetDue: statusOf(row(el, 'Việc chưa đến hạn')),
      notStarted: statusOf(row(el, 'Linh Sơn')),
      cancelled: statusOf(row(el, 'Việc đã hủy')),
    };
    expect(Object.fromEntries(Object.entries(states).map(([k, s]) => [k, `${s.mark} ${s.words}`]))).to.deep.equal({
      done: '✔ Hoàn thành',
      late: '✔! Hoàn thành (trễ hạn)',
      overdue: '! Quá hạn',
      unreported: '? Đã đến hạn, chưa có thông tin',
      inProgress: '◐ Đang thực hiện',
      notYetDue: '○ Chưa đến hạn',
      notStarted: '◌ Chưa triển khai',
      cancelled: '✖ Đã hủy',
    });
    const all = Object.values(states);
    expect(new Set(all.map((s) => s.mark)).size).to.equal(8);
    expect(new Set(all.map((s) => s.words)).size).to.equal(8);
    expect(states.done.cls).to.contain('s-achieved');
    expect(states.overdue.cls).to.contain('s-regressing');
    expect(states.inProgress.cls).to.contain('s-on-track');
    expect(states.inProgress.cls).not.to.equal(states.notStarted.cls);
    // Each item says its title, state, due and done dates.
    expect(row(el, 'Việc xong trễ hạn').textContent!.replace(/\s+/g, ' ')).to.contain('Hạn: 6/2021 · Hoàn thành: 3/2022');
    expect(row(el, 'Linh Sơn').textContent).to.contain('Chưa có hạn');
    await expect(el).to.be.accessible();
  });

  it('is a real list for screen readers (role="list" on the <ol>, whose list-style is none)', async () => {
    const el = await fixture<TnMilestones>(html`<tn-milestones src=${fresh(TN)}></tn-milestones>`);
    await settled(el);
    const ol = shadow(el, 'ol')!;
    expect(ol.getAttribute('role')).to.equal('list');
    expect(getComputedStyle(ol).listStyleType).to.equal('none');
    expect(ol.querySelectorAll(':scope > li')).to.have.length(6);
  });

  it('the bridge (due 8/2023, data from mid-2023) is not "Quá hạn", by default nor at 2023-12-31', async () => {
    const el = await fixture<TnMilestones>(html`<tn-milestones src=${fresh(TN)}></tn-milestones>`);
    await settled(el);
    expect(statusOf(row(el, 'Cầu Huống Thượng')).words).to.equal('Đang thực hiện');
    el.asOf = '2023-12-31';
    await el.updateComplete;
    expect(statusOf(row(el, 'Cầu Huống Thượng')).words).to.equal('Đã đến hạn, chưa có thông tin');
    expect(text(el, 'ol')).not.to.contain('Quá hạn');
  });
});

describe('<tn-milestones> as-of line', () => {
  it('says which date the data speaks for, and the date asked for when the page sets as-of', async () => {
    const el = await fixture<TnMilestones>(html`<tn-milestones src=${fresh(TN)}></tn-milestones>`);
    await settled(el);
    const line = shadow(el, '[part~="as-of"]')!;
    expect(line.textContent).to.equal('Số liệu đến năm 2023');
    expect(line.classList.contains('muted')).to.equal(true);
    el.asOf = '2023-12-31';
    await el.updateComplete;
    expect(text(el, '[part~="as-of"]')).to.equal('Đánh giá tại 31/12/2023 · số liệu đến năm 2023');
    el.lang = 'en';
    el.asOf = '2023';
    await el.updateComplete;
    expect(text(el, '[part~="as-of"]')).to.equal('Assessed at 31 Dec 2023 · data up to 2023');
    // (an as-of that is no date is ignored, as everywhere)
    el.asOf = '2023-13-45';
    await el.updateComplete;
    expect(text(el, '[part~="as-of"]')).to.equal('Data up to 2023');
  });
});

describe('<tn-milestones> group', () => {
  it('a group the file does not know is an error, sent as tn-error; a known group without milestones says so', async () => {
    const el = await fixture<TnMilestones>(html`<tn-milestones src=${fresh(TN)} group="kinhte"></tn-milestones>`);
    const event = await settled(el);
    expect(event.type).to.equal('tn-error');
    expect((event as TnErrorEvent).detail.kind).to.equal('no-group');
    expect(text(el, '[part="error"]')).to.contain('"kinhte"');
    expect(shadow(el, 'ol')).to.equal(null);
    await expect(el).to.be.accessible();

    const empty = await fixture<TnMilestones>(html`<tn-milestones src=${fresh(TN)} group="kinh-te"></tn-milestones>`);
    expect((await settled(empty)).type).to.equal('tn-load');
    expect(text(empty, 'p')).to.equal('Không có mốc công việc.');

    const some = await fixture<TnMilestones>(html`<tn-milestones src=${fresh(TN)} group="do-thi"></tn-milestones>`);
    await settled(some);
    expect(items(some)).to.have.length(4);
  });
});

describe('<tn-milestones layout="timeline">', () => {
  it('at 800 px: one mark per dated milestone, x ordered by date, the as-of line, late and overdue marked; the list stays for screen readers', async () => {
    const el = await inBox(800, { layout: 'timeline', asOf: '2023-12-31' }, await everyState());
    const svg = shadow(el, 'svg[part~="chart"]')!;
    expect(svg.getAttribute('viewBox')).to.equal(`0 0 800 ${svg.getAttribute('height')}`);
    expect(Math.round(svg.getBoundingClientRect().width)).to.equal(800);
    const lanes = [...svg.querySelectorAll('g.lane')];
    // dated: on time, late, overdue, the bridge, cancelled (2024), not yet due (2025); by due date
    expect(lanes.map((g) => g.getAttribute('data-id'))).to.deep.equal(['dung-han', 'tre-han', 'qua-han', 'cau-huong-thuong', 'huy', 'chua-den-han']);
    expect(lanes.map((g) => g.querySelectorAll('rect.due'))).to.satisfy((all: NodeListOf<Element>[]) => all.every((r) => r.length === 1));
    const xs = lanes.map((g) => Number(g.querySelector('rect.due')!.getAttribute('x')));
    expect(xs).to.deep.equal([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).to.equal(xs.length);
    // done: a filled mark, a line from due to done; late: done after due, dashed, its mark and words
    const late = lanes[1]!;
    const dueX = Number(late.querySelector('rect.due')!.getAttribute('x'));
    expect(Number(late.querySelector('rect.done')!.getAttribute('x'))).to.be.greaterThan(dueX);
    expect(late.querySelector('line.link.late')).to.exist;
    expect(late.querySelector('.glyph')!.textContent).to.equal('✔!');
    expect(late.querySelector('.label')!.textContent).to.contain('(trễ hạn)');
    const overdue = lanes[2]!;
    expect(overdue.querySelector('.glyph')!.textContent).to.equal('!');
    expect(overdue.querySelector('.label')!.textContent).to.contain('Quá hạn');
    expect(overdue.querySelector('line.overrun')).to.exist;
    expect(lanes[0]!.querySelector('line.link.late')).to.equal(null);
    // the as-of date as a vertical line with its label, between the bridge's due month and 2024
    const asOf = svg.querySelector('line.as-of-line')!;
    expect(asOf.getAttribute('x1')).to.equal(asOf.getAttribute('x2'));
    expect(Number(asOf.getAttribute('x1'))).to.be.greaterThan(xs[3]!).and.lessThan(xs[4]!);
    expect(svg.querySelector('.as-of-label')!.textContent).to.equal('Đánh giá tại 31/12/2023');
    // undated: listed below the axis
    expect(text(el, '.undated-title')).to.equal('Chưa có hạn');
    expect(el.shadowRoot!.querySelectorAll('.undated > li')).to.have.length(5);
    // the list: in the accessibility tree, visually hidden; the drawing hidden from screen readers
    const ol = shadow(el, 'ol[role="list"]')!;
    expect(ol.classList.contains('sr-only')).to.equal(true);
    expect(ol.closest('[aria-hidden]')).to.equal(null);
    expect(items(el)).to.have.length(11);
    expect(svg.closest('[aria-hidden="true"]')).to.exist;
    expect(text(el, '[part~="as-of"]')).to.equal('Đánh giá tại 31/12/2023 · số liệu đến năm 2023');
    await expect(el).to.be.accessible();
  });

  it('every text in the drawing is at least 12 px high', async () => {
    const el = await inBox(800, { layout: 'timeline', asOf: '2023-12-31' }, await everyState());
    const texts = [...el.shadowRoot!.querySelectorAll('svg text')];
    expect(texts.length).to.be.greaterThan(8);
    for (const t of texts) {
      expect(parseFloat(getComputedStyle(t).fontSize), t.textContent!).to.be.at.least(12);
      expect(t.getBoundingClientRect().height, t.textContent!).to.be.at.least(12);
    }
    // labels fit in the drawing
    const box = shadow(el, 'svg')!.getBoundingClientRect();
    for (const t of el.shadowRoot!.querySelectorAll('svg text.label, svg text.as-of-label')) {
      const r = t.getBoundingClientRect();
      expect(r.left, t.textContent!).to.be.at.least(box.left - 1);
      expect(r.right, t.textContent!).to.be.at.most(box.right + 1);
    }
  });

  it('at 320 px shows the list, with text of at least 12 px; it follows the width it is given', async () => {
    const el = await inBox(320, { layout: 'timeline' }, await everyState());
    expect(shadow(el, 'svg')).to.equal(null);
    const ol = shadow(el, 'ol[role="list"]')!;
    expect(ol.classList.contains('sr-only')).to.equal(false);
    expect(ol.getBoundingClientRect().width).to.be.at.most(320);
    for (const t of el.shadowRoot!.querySelectorAll('li, li *, [part~="as-of"]')) {
      expect(parseFloat(getComputedStyle(t).fontSize)).to.be.at.least(12);
    }
    await expect(el).to.be.accessible();
    (el.parentElement as HTMLElement).style.inlineSize = '700px';
    await until(() => Number(shadow(el, 'svg')?.getAttribute('width')) === 700);
    expect(shadow(el, 'ol')!.classList.contains('sr-only')).to.equal(true);
  });

  it('the default layout is the list, and the file as it is draws its one dated milestone in English', async () => {
    const list = await inBox(800, {}, await (await fetch(fresh(TN))).json());
    expect(shadow(list, 'svg')).to.equal(null);
    const el = await inBox(800, { layout: 'timeline', lang: 'en' }, await (await fetch(fresh(TN))).json());
    const lanes = el.shadowRoot!.querySelectorAll('g.lane');
    expect(lanes).to.have.length(1);
    expect(lanes[0]!.querySelector('.label')!.textContent).to.contain('In progress');
    expect(text(el, '.undated-title')).to.equal('No due date');
    expect(shadow(el, '.as-of-label')!.textContent).to.match(/^Assessed at /);
    await expect(el).to.be.accessible();
  });
});

describe('<tn-milestones layout="timeline"> under random dates and widths', () => {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('never throws, never draws a NaN, and keeps the list (years 0001-9999, one day, none dated)', async () => {
    const doc = await (await fetch(fresh(TN))).json();
    const year = fc.oneof(fc.constantFrom(1, 99, 2023, 9999), fc.integer({ min: 1, max: 9999 }));
    const date = fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 2 })).map(([y, m, d, k]) => {
      const yy = String(y).padStart(4, '0');
      const mm = String(m).padStart(2, '0');
      return k === 0 ? yy : k === 1 ? `${yy}-${mm}` : `${yy}-${mm}-${String(d).padStart(2, '0')}`;
    });
    const milestone = fc.record(
      { due: date, done: date, status: fc.constantFrom('planned', 'in-progress', 'done', 'cancelled') },
      { requiredKeys: [] },
    );
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    await fc.assert(
      fc.asyncProperty(fc.array(milestone, { maxLength: 8 }), fc.integer({ min: 200, max: 1400 }), fc.option(date.filter((d) => d.length !== 7), { nil: undefined }), async (list, width, asOf) => {
        const resolution = { ...doc, milestones: list.map((m, i) => ({ id: `m${i}`, title: { vi: `Mốc ${i}`, en: `Milestone ${i}` }, ...m })) };
        box.style.inlineSize = `${width}px`;
        const el = document.createElement('tn-milestones') as TnMilestones;
        el.setAttribute('layout', 'timeline');
        if (asOf) el.setAttribute('as-of', asOf);
        el.resolution = resolution;
        box.replaceChildren(el);
        await settled(el);
        await until(() => (width >= 480 && list.some((m) => m.due || m.done) ? Number(shadow(el, 'svg')?.getAttribute('width')) === width : !shadow(el, 'svg')));
        await el.updateComplete;
        expect(shadow(el, '[role="alert"]')).to.equal(null);
        expect(items(el)).to.have.length(list.length);
        const svg = shadow(el, 'svg');
        if (svg) {
          expect(svg.outerHTML).not.to.match(/NaN|Infinity/);
          expect(svg.querySelectorAll('g.lane')).to.have.length(list.filter((m) => m.due || m.done).length);
        }
        expect(errors).to.deep.equal([]);
      }),
      { numRuns: 40 },
    );
  });
});
