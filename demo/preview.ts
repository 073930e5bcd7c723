/** The picker: show any of the five agencies; `?agency=N` in the URL keeps the choice on reload. */
const picker = document.querySelector<HTMLSelectElement>('#agency')!;
const preview = document.querySelector('sla-statement')!;

const chosen = new URLSearchParams(location.search).get('agency');
if (chosen && picker.options[Number(chosen)]) picker.selectedIndex = Number(chosen);
preview.src = picker.value;

picker.addEventListener('change', () => {
  preview.src = picker.value;
  const url = new URL(location.href);
  url.searchParams.set('agency', String(picker.selectedIndex));
  url.hash = '';
  history.replaceState(null, '', url);
});
