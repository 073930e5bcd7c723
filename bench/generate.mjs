/**
 * Generates the benchmark's input: one SLA statement of N services (format:
 * ../../shared/design/sla-format.md) and the three pages that show it — the element, a plain
 * static page (the floor: what the browser costs with no script at all) and the same content in
 * GOV.UK Frontend's accordion and table (a peer: a mature design system doing the same job).
 *
 * Everything comes from a seeded PRNG so every run, on every machine, measures the same bytes.
 */

/** mulberry32: tiny, fast and good enough to pick words; deterministic for a given seed. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (random, list) => list[Math.floor(random() * list.length)];
/** A non-empty subset, in the list's own order (as agencies write them). */
const someOf = (random, list, p) => {
  const chosen = list.filter(() => random() < p);
  return chosen.length > 0 ? chosen : [pick(random, list)];
};

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const persianDigits = (value) => String(value).replace(/[0-9]/g, (d) => PERSIAN_DIGITS[d]);

// --- Vocabulary. Service names combine an action, an object and a field, so a query such as
// «صدور مجوز» matches a subset whose size grows with N, and each keystroke narrows it.
const ACTIONS = ['صدور', 'صدور', 'تمدید', 'ابطال', 'ثبت', 'استعلام', 'تغییر', 'تعویض', 'انتقال', 'رسیدگی به', 'پیگیری', 'بررسی', 'تأیید', 'لغو'];
const OBJECTS = ['مجوز', 'مجوز', 'پروانه', 'گواهی', 'کارت', 'درخواست', 'شکایت', 'قرارداد', 'پرونده', 'استعلام', 'تعرفه', 'پلاک', 'سند', 'حساب', 'اشتراک'];
const FIELDS = [
  'فعالیت تجاری', 'ساخت و ساز', 'کسب و کار خانگی', 'حمل و نقل عمومی', 'انشعاب برق', 'انشعاب آب',
  'تابعیت اتباع خارجی', 'آموزش فنی و حرفه‌ای', 'بهداشت محیط', 'واحدهای صنفی', 'تجهیزات پزشکی',
  'اقامت موقت', 'تشکل‌های مردم‌نهاد', 'مؤسسات فرهنگی', 'معادن', 'دامداری', 'گردشگری', 'داروخانه',
  'آزمایشگاه', 'حفاری',
];
const UNITS = [
  'دفتر امور اتباع و مهاجرین خارجی', 'معاونت هماهنگی امور عمرانی', 'دفتر فناوری اطلاعات و ارتباطات',
  'اداره کل صنعت، معدن و تجارت', 'معاونت بهداشتی', 'معاونت درمان', 'معاونت غذا و دارو',
  'امور مشترکین', 'دفتر خدمات مشترکین برق', 'اداره آموزش و پژوهش', 'دفتر امور شهری و شوراها',
  'دفتر امور اجتماعی', 'دبیرخانه هیئت رسیدگی به تخلفات', 'حراست', 'اداره حقوقی و قراردادها',
  'امور مالی و ذی‌حسابی', 'دفتر بازرسی و پاسخگویی به شکایات', 'مرکز آموزش فنی و حرفه‌ای شماره ۱',
  'اداره ثبت اسناد و املاک', 'دفتر برنامه‌ریزی و بودجه', 'واحد مدیریت بحران',
];
const AUDIENCES = ['G2C', 'G2B', 'G2G', 'G2E'];
const CHANNELS = ['web', 'app', 'sms', 'phone', 'pishkhan', 'post', 'in-person'];
const DURATIONS = ['فوری', '۱ روز', '۲ روز', '۳ روز کاری', '۵ روز کاری', '۷ روز', '۱۰ روز', '۱۵ روز', '۱ ماه', '۲ ساعت', '۴۸ ساعت'];
const COSTS = ['رایگان', 'رایگان', 'رایگان', '۵۰۰٬۰۰۰ ریال', '۱٬۲۰۰٬۰۰۰ ریال', 'طبق تعرفه مصوب', 'بر اساس قانون بودجه سال جاری', '۳۵۰٬۰۰۰ ریال'];

// SLA-style prose, the register of the five real statements in demo/data/.
const SENTENCES = [
  'توافقنامه سطح خدمت قراردادی دو جانبه برای تضمین کیفیت خدمات میان خدمت دهنده و خدمت گیرنده است.',
  'دستگاه اجرایی متعهد می‌شود خدمات الکترونیکی خود را در ساعات اعلام شده و با کیفیت توافق شده ارائه کند.',
  'خدمت گیرنده موظف است اطلاعات درخواستی را به صورت کامل و صحیح در سامانه وارد نماید.',
  'هرگونه تغییر در فرایند ارائه خدمت حداقل یک هفته پیش از اجرا از طریق پرتال دستگاه اطلاع‌رسانی می‌شود.',
  'اطلاعات شخصی خدمت گیرندگان محرمانه است و جز به حکم قانون در اختیار اشخاص ثالث قرار نمی‌گیرد.',
  'میزان دسترس‌پذیری سامانه در هر ماه نباید کمتر از نود و نه درصد ساعات کاری مؤثر باشد.',
  'زمان پاسخگویی به رسید خرابی حداکثر چهار ساعت کاری پس از ثبت آن در سامانه پیگیری است.',
  'عملیات نگهداری برنامه‌ریزی شده در ساعات کم‌ترافیک شبانه و با اعلام قبلی انجام می‌شود.',
  'هزینه خدمات مطابق تعرفه‌های مصوب و از طریق درگاه پرداخت الکترونیکی دریافت می‌گردد.',
  'این توافقنامه از تاریخ امضا به مدت یک سال شمسی معتبر است و در صورت عدم اعلام خلاف، تمدید می‌شود.',
  'در صورت نقض تعهدات از سوی هر یک از طرفین، طرف دیگر می‌تواند با اخطار کتبی توافقنامه را خاتمه دهد.',
  'مسئولیت صحت اطلاعات منتشر شده در پرتال بر عهده واحد ارائه دهنده خدمت است.',
  'شکایات خدمت گیرندگان از طریق سامانه سامد و دفتر بازرسی و پاسخگویی به شکایات رسیدگی می‌شود.',
  'دستگاه اجرایی گزارش عملکرد سطح خدمات را هر سه ماه یک بار بر روی پرتال خود منتشر می‌کند.',
  'خدمت گیرنده می‌تواند وضعیت درخواست خود را با کد رهگیری در هر زمان پیگیری نماید.',
  'قطعی خدمت به مدت بیش از یک روز کاری باید با ذکر علت و زمان تقریبی رفع اعلام شود.',
  'پشتیبانی تلفنی در روزهای کاری از ساعت ۸ تا ۱۴ از طریق شماره ۱۱۱ در دسترس است.',
  'نسخه‌های پشتیبان اطلاعات به صورت روزانه تهیه و در محل امن دیگری نگهداری می‌شود.',
];
const TERMS = [
  ['خدمت دهنده', 'دستگاه اجرایی ارائه دهنده خدمات موضوع این توافقنامه.'],
  ['خدمت گیرنده', 'ارباب رجوع، شهروندان، کسب‌وکارها و دستگاه‌های دولتی متقاضی خدمت.'],
  ['سایت', 'مجموعه فرم‌ها و خدمات الکترونیکی که بر روی پرتال دستگاه قرار دارد.'],
  ['دوره زمانی', 'یک سال شمسی با فرض هر ماه ۳۰ روز.'],
  ['ساعات کار مؤثر', '۲۴ ساعت در یک شبانه روز برای خدمات الکترونیکی.'],
  ['قطعی خدمت', 'قطع خدمت توافق شده از سمت سایت دستگاه.'],
  ['رسید خرابی', 'اعلام وصول خرابی یا کاهش سطح کیفیت خدمات که از طرف خدمت گیرنده اعلام می‌شود.'],
  ['زمان پاسخ', 'فاصله زمانی میان ثبت درخواست و نخستین پاسخ دستگاه.'],
];
const SECTION_KINDS = [
  'introduction', 'purpose', 'definitions', 'responsibility', 'obligations', 'costs',
  'term', 'termination', 'confidentiality', 'availability', 'maintenance', 'other',
];

function paragraph(random) {
  const count = 2 + Math.floor(random() * 3);
  return Array.from({ length: count }, () => pick(random, SENTENCES)).join(' ');
}

function sectionContent(kind, random) {
  if (kind === 'definitions') {
    return ['در این توافقنامه اصطلاحات زیر در معانی مشروح به کار می‌روند:', { terms: TERMS.map(([term, text]) => ({ term, text })) }];
  }
  if (kind === 'obligations') {
    return [paragraph(random), { list: Array.from({ length: 8 }, () => pick(random, SENTENCES)) }];
  }
  return Array.from({ length: 1 + Math.floor(random() * 3) }, () => paragraph(random));
}

function serviceItem(random, index) {
  const visits = Math.floor(random() * 4);
  return {
    // The number keeps names unique; Persian digits, as agencies write them.
    name: `${pick(random, ACTIONS)} ${pick(random, OBJECTS)} ${pick(random, FIELDS)} ${persianDigits(index + 1)}`,
    unit: pick(random, UNITS),
    id: String(10_000_000_000 + Math.floor(random() * 89_999_999_999)),
    audience: someOf(random, AUDIENCES, 0.35),
    channels: someOf(random, CHANNELS, 0.3),
    duration: pick(random, DURATIONS),
    visits,
    cost: pick(random, COSTS),
  };
}

/** One statement with 12 sections (one of each kind) and `count` services. */
export function generateStatement(count, seed = 2024) {
  const random = prng(seed);
  const sections = SECTION_KINDS.map((kind) => ({
    kind,
    ...(kind === 'other' ? { title: 'سایر موارد و مقررات عمومی' } : {}),
    content: sectionContent(kind, random),
  }));
  // Services use their own stream so the sections are identical at every size.
  const serviceRandom = prng(seed + count);
  return {
    version: 1,
    lang: 'fa',
    title: 'توافقنامه سطح خدمت استانداری نمونه',
    provider: { name: 'استانداری نمونه', url: 'https://example.ir', parent: 'وزارت کشور' },
    validity: { from: '1404/01/01', until: '1405/12/29', signatory: 'معاون هماهنگی امور اقتصادی و توسعه منابع استانداری' },
    sections,
    services: {
      title: 'پیوست: فهرست خدمات',
      items: Array.from({ length: count }, (_, index) => serviceItem(serviceRandom, index)),
    },
  };
}

// --- Labels as the element shows them in Persian (src/wording/statement-labels.ts), so the static
// and GOV.UK pages carry the same text and the comparison is about rendering, not content.
const KIND_TITLES = {
  introduction: 'مقدمه', purpose: 'هدف', definitions: 'تعاریف', responsibility: 'مسئولیت',
  obligations: 'تعهدات متقابل خدمت گیرنده و دستگاه اجرایی', costs: 'هزینه‌ها و پرداخت‌ها',
  term: 'دوره عملکرد', termination: 'خاتمه توافقنامه', confidentiality: 'محرمانگی اطلاعات',
  availability: 'دسترس‌پذیری', maintenance: 'نگهداری و تغییرات خدمت', other: 'سایر',
};
const AUDIENCE_LABELS = { G2C: 'شهروندان', G2B: 'کسب‌وکارها', G2G: 'دستگاه‌های دولتی', G2E: 'کارکنان دولت' };
const CHANNEL_LABELS = { web: 'وب', app: 'اپلیکیشن', sms: 'پیامک', phone: 'تلفن', pishkhan: 'دفتر پیشخوان', post: 'پست', 'in-person': 'حضوری' };
const COLUMN_HEADERS = ['ردیف', 'عنوان خدمت', 'واحد', 'شناسه خدمت', 'گیرنده خدمت', 'شیوه ارائه', 'مدت انجام', 'مراجعه حضوری', 'هزینه'];
const faNumber = new Intl.NumberFormat('fa');

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** The row's cells as text, in column order after the row number and name. */
function rowCells(item) {
  return [
    escapeHtml(item.unit),
    `<bdi dir="ltr">${escapeHtml(item.id)}</bdi>`,
    escapeHtml(item.audience.map((a) => AUDIENCE_LABELS[a]).join('، ')),
    escapeHtml(item.channels.map((c) => CHANNEL_LABELS[c]).join('، ')),
    escapeHtml(item.duration),
    faNumber.format(item.visits),
    escapeHtml(item.cost),
  ];
}

/** Blocks as HTML; `cls` adds a design system's classes per element (GOV.UK) or none (static). */
function blocksHtml(content, cls = {}) {
  const c = (name) => (cls[name] ? ` class="${cls[name]}"` : '');
  return content
    .map((block) => {
      if (typeof block === 'string') return `<p${c('p')}>${escapeHtml(block)}</p>`;
      if ('list' in block) return `<ul${c('ul')}>${block.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
      return `<dl${c('dl')}>${block.terms.map(({ term, text }) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(text)}</dd>`).join('')}</dl>`;
    })
    .join('\n');
}

function headerHtml(statement, cls = {}) {
  const { provider, validity } = statement;
  return `<h1${cls.h1 ? ` class="${cls.h1}"` : ''}>${escapeHtml(statement.title)}</h1>
<p${cls.p ? ` class="${cls.p}"` : ''}>${escapeHtml(provider.name)} — ${escapeHtml(provider.parent)}<br>
اعتبار: از ${persianDigits(validity.from)} تا ${persianDigits(validity.until)} — ${escapeHtml(validity.signatory)}</p>`;
}

/**
 * What every page's head starts with.
 *
 * A script to report the page's own finish line (see run.mjs), the same for every page: the
 * content is in the DOM, then the next frame has been laid out and painted (a timer queued from
 * requestAnimationFrame runs after that frame's rendering task). Forcing layout from script
 * instead would glue the layout into the script's own task, which no real page does, and inflate
 * the longest task with it.
 *
 * And the font an Iranian portal sets for Persian text (Tahoma, the classic one, or the
 * Persian-capable DejaVu Sans that Debian has). Left to the browser's default serif font, which on
 * Linux has no Persian letters, every text node pays a font-fallback lookup across processes:
 * ~40% of a table's layout here, a cost no real portal page has. BENCH_PAGE_FONT=default leaves
 * the font out, to measure that case.
 */
const PAGE_FONT = process.env.BENCH_PAGE_FONT === 'default' ? '' : '<style>body { font-family: Tahoma, "DejaVu Sans", sans-serif; }</style>';
const BENCH_HEAD = `${PAGE_FONT}
<script>
window.__bench = { done: new Promise((resolve) => { window.__benchResolve = resolve; }) };
window.__benchFinish = () => requestAnimationFrame(() => setTimeout(() => window.__benchResolve({ firstRender: performance.now() })));
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (entry.identifier === 'first-sentence') window.__firstSentence ??= entry.renderTime || entry.loadTime;
}).observe({ type: 'element', buffered: true });
</script>`;

/**
 * Marks the first paragraph of the first section (the statement's first sentence) for the
 * Element Timing API (https://wicg.github.io/element-timing/): its paint time, as the browser
 * presents it, is what the phone's first sentence compares (phone.mjs). Only for light-DOM text:
 * the element's own shadow tree is timed by its finish line instead.
 */
export function markFirstSentence(html, heading) {
  const marked = html.replace(new RegExp(`(<${heading}\\b[^>]*>[^<]*</${heading}>\\s*)<p>`), '$1<p elementtiming="first-sentence">');
  if (marked === html) throw new Error('no first sentence to mark');
  return marked;
}

/**
 * The element as a portal embeds it, with `fallback` inside it (none by default). The finish
 * line: `sla-load`, then the element's update settled, then the next frame painted.
 */
export function elementPage(jsonUrl, fallback = '') {
  return `<!doctype html>
<html lang="fa" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench: element</title>
${BENCH_HEAD}
<script>
document.addEventListener('sla-load', async (event) => {
  await event.target.updateComplete;
  window.__benchFinish();
});
document.addEventListener('sla-error', (event) => window.__benchResolve({ error: event.detail.message }));
</script>
<script type="module" src="/dist/sla-statement.js"></script>
</head><body>
<sla-statement src="${escapeHtml(jsonUrl)}">${fallback}</sla-statement>
</body></html>`;
}

/** The floor: the whole statement as plain HTML, every section open, no script but the timer. */
export function staticPage(statement) {
  const rows = statement.services.items
    .map((item, index) => `<tr><td>${faNumber.format(index + 1)}</td><th scope="row">${escapeHtml(item.name)}</th><td>${rowCells(item).join('</td><td>')}</td></tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="fa" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench: static</title>
${BENCH_HEAD}
<style>
body { line-height: 1.6; margin: 1rem auto; max-width: 70rem; padding: 0 1rem; color: #1a1a1a; }
h2 { font-size: 1.25rem; border-top: 1px solid #ccc; padding-top: .75rem; }
dt { font-weight: bold; } dd { margin: 0 0 .5rem; }
.table-scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #ddd; padding: .35rem .5rem; text-align: start; vertical-align: top; }
thead th { background: #f3f3f3; }
</style>
</head><body>
<article>
${headerHtml(statement)}
${markFirstSentence(statement.sections.map((s) => `<section><h2>${escapeHtml(s.title ?? KIND_TITLES[s.kind])}</h2>\n${blocksHtml(s.content)}</section>`).join('\n'), 'h2')}
<div class="table-scroll"><table>
<caption>${escapeHtml(statement.services.title)}</caption>
<thead><tr>${COLUMN_HEADERS.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table></div>
</article>
<script>
window.addEventListener('load', window.__benchFinish);
</script>
</body></html>`;
}

/**
 * The peer: GOV.UK Frontend's accordion (https://design-system.service.gov.uk/components/accordion/)
 * and table, initialised by its own `initAll()`. The first section starts open, as the element's
 * default `expanded="first"` does. The finish line is after `initAll()` and the next frame painted.
 */
export function govukPage(statement) {
  const rows = statement.services.items
    .map(
      (item, index) =>
        `<tr class="govuk-table__row"><td class="govuk-table__cell">${faNumber.format(index + 1)}</td><th scope="row" class="govuk-table__header">${escapeHtml(item.name)}</th>${rowCells(item)
          .map((cell) => `<td class="govuk-table__cell">${cell}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  const blockClasses = { p: 'govuk-body', ul: 'govuk-list govuk-list--bullet', dl: 'govuk-body' };
  const sections = statement.sections
    .map(
      (s, i) => `<div class="govuk-accordion__section${i === 0 ? ' govuk-accordion__section--expanded' : ''}">
<div class="govuk-accordion__section-header"><h2 class="govuk-accordion__section-heading"><span class="govuk-accordion__section-button" id="acc-heading-${i + 1}">${escapeHtml(s.title ?? KIND_TITLES[s.kind])}</span></h2></div>
<div id="acc-content-${i + 1}" class="govuk-accordion__section-content">
${blocksHtml(s.content, blockClasses)}
</div></div>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="fa" dir="rtl" class="govuk-template"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench: GOV.UK</title>
${BENCH_HEAD}
<link rel="stylesheet" href="/node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css">
</head><body class="govuk-template__body govuk-frontend-supported">
<div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">
${headerHtml(statement, { h1: 'govuk-heading-l', p: 'govuk-body' })}
<div class="govuk-accordion" data-module="govuk-accordion" id="acc">
${sections}
</div>
<table class="govuk-table">
<caption class="govuk-table__caption govuk-table__caption--m">${escapeHtml(statement.services.title)}</caption>
<thead class="govuk-table__head"><tr class="govuk-table__row">${COLUMN_HEADERS.map((h) => `<th scope="col" class="govuk-table__header">${h}</th>`).join('')}</tr></thead>
<tbody class="govuk-table__body">
${rows}
</tbody></table>
</main></div>
<script type="module">
import { initAll } from '/node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js';
initAll();
window.__benchFinish();
</script>
</body></html>`;
}
