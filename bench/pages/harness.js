// Shared by the benchmark pages: the page's grid, and "the next frame has been painted".

/** Resolves after the next animation frame has run and its frame has been handed to the compositor. */
export function afterPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      // A task queued from rAF runs after that frame's style, layout and paint.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
  });
}

/** The figure a chart library would be handed for indicator `ind`: its latest yearly value and its target. */
export function gaugeFigures(ind) {
  let last;
  for (const o of ind.observations ?? []) if (typeof o.period === 'number' && o.quality !== 'projected') last = o;
  const value = last ? last.value : 0;
  const raw = ind.target?.value;
  const target = Array.isArray(raw) ? raw[0] : typeof raw === 'number' ? raw : undefined;
  const top = Math.max(value, target ?? 0, 1) * 1.25;
  const step = 10 ** Math.floor(Math.log10(top));
  const max = Math.ceil(top / step) * step;
  return { value, target, max, title: ind.title?.vi ?? ind.title, text: `${String(value).replace('.', ',')}%` };
}

/** One card for a chart library: the indicator's title and figure as HTML, and `drawing` (a canvas or a box) beside them. */
export function chartCard(f, drawing) {
  const card = document.createElement('div');
  card.className = 'chart-card';
  const text = document.createElement('div');
  const title = document.createElement('p');
  title.textContent = f.title;
  const figure = document.createElement('div');
  figure.className = 'figure';
  figure.textContent = f.text;
  text.append(title, figure);
  card.append(text, drawing);
  return card;
}

/**
 * The chart pages' common start: the data file fetched and parsed, and one card per indicator (the
 * first n) appended to #root in one fragment, each beside the drawing `makeDrawing()` returns.
 */
export async function chartCards(n, src, makeDrawing) {
  const doc = await (await fetch(src)).json();
  const figures = doc.indicators.slice(0, n).map(gaugeFigures);
  const frag = document.createDocumentFragment();
  const drawings = figures.map((f) => {
    const drawing = makeDrawing();
    frag.append(chartCard(f, drawing));
    return drawing;
  });
  document.getElementById('root').append(frag);
  return { figures, drawings };
}
