// The as-of slider: the element re-assesses the same document; nothing is fetched again.
const slider = document.getElementById('year');
const out = document.getElementById('year-out');
const resolution = document.getElementById('resolution');

function show(year) {
  out.value = year;
  resolution.setAttribute('as-of', year);
  const url = new URL(location.href);
  url.searchParams.set('as-of', year);
  history.replaceState(null, '', url);
}

const asked = new URL(location.href).searchParams.get('as-of');
if (asked && Number(asked) >= Number(slider.min) && Number(asked) <= Number(slider.max)) slider.value = asked;
show(slider.value);
slider.addEventListener('input', () => show(slider.value));
