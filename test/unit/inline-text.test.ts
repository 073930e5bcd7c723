import { describe, it, expect } from 'vitest';
import { safeHref, splitInline, type InlineRun } from '../../src/text/inline-text.js';

const links = (runs: InlineRun[]) => runs.filter((run) => run.kind === 'link');
const joined = (runs: InlineRun[]) => runs.map((run) => run.text).join('');

describe('splitInline links', () => {
  it.each([
    ['http://www.ostan-lr.ir/page'],
    ['https://sked.co.ir/services?id=1'],
    ['mailto:info@ostan-hm.ir'],
    ['tel:+982112345678'],
  ])('links %s inside Persian text', (url) => {
    const runs = splitInline(`برای اطلاعات بیشتر ${url} را ببینید`);
    expect(runs).toEqual([
      { kind: 'text', text: 'برای اطلاعات بیشتر ' },
      { kind: 'link', text: url, href: url },
      { kind: 'text', text: ' را ببینید' },
    ]);
  });

  it('links a bare e-mail address with mailto:', () => {
    const runs = splitInline('نشانی info@ostan-lr.ir است');
    expect(runs).toEqual([
      { kind: 'text', text: 'نشانی ' },
      { kind: 'link', text: 'info@ostan-lr.ir', href: 'mailto:info@ostan-lr.ir' },
      { kind: 'text', text: ' است' },
    ]);
  });

  it.each([['javascript:alert(1)'], ['data:text/html,<script>alert(1)</script>'], ['vbscript:msgbox(1)']])(
    'never links %s',
    (hostile) => {
      const runs = splitInline(`متن ${hostile} متن`);
      expect(links(runs)).toEqual([]);
      expect(joined(runs)).toBe(`متن ${hostile} متن`);
    },
  );

  it('leaves an ASCII full stop after a URL outside the link', () => {
    const runs = splitInline('https://sked.co.ir.');
    expect(runs).toEqual([
      { kind: 'link', text: 'https://sked.co.ir', href: 'https://sked.co.ir' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('leaves a Persian comma after a URL outside the link', () => {
    const runs = splitInline('https://x.ir،');
    expect(runs).toEqual([
      { kind: 'link', text: 'https://x.ir', href: 'https://x.ir' },
      { kind: 'text', text: '،' },
    ]);
  });

  it('leaves a closing parenthesis and Persian semicolon after a URL outside the link', () => {
    const runs = splitInline('(سامانه https://x.ir/a)؛ سپس');
    expect(links(runs)).toEqual([{ kind: 'link', text: 'https://x.ir/a', href: 'https://x.ir/a' }]);
    expect(joined(runs)).toBe('(سامانه https://x.ir/a)؛ سپس');
  });

  it('links a URL that follows a Latin word', () => {
    const runs = splitInline('وب‌سایت SLA https://sked.co.ir را ببینید');
    expect(links(runs)).toEqual([{ kind: 'link', text: 'https://sked.co.ir', href: 'https://sked.co.ir' }]);
    expect(joined(runs)).toBe('وب‌سایت SLA https://sked.co.ir را ببینید');
  });

  it('links an e-mail address that follows a Latin word', () => {
    const runs = splitInline('پست الکترونیک Email: info@sked.co.ir');
    expect(links(runs)).toEqual([{ kind: 'link', text: 'info@sked.co.ir', href: 'mailto:info@sked.co.ir' }]);
  });

  it('keeps a slash path and query inside the link', () => {
    const runs = splitInline('https://my.gov.ir/service/13021187000?tab=1 را');
    expect(links(runs)[0]?.href).toBe('https://my.gov.ir/service/13021187000?tab=1');
  });
});

describe('splitInline left-to-right runs', () => {
  it('makes «Service Level Agreement» one ltr run', () => {
    const runs = splitInline('توافق نامه سطح خدمات Service Level Agreement یک قرارداد است');
    expect(runs).toEqual([
      { kind: 'text', text: 'توافق نامه سطح خدمات ' },
      { kind: 'ltr', text: 'Service Level Agreement' },
      { kind: 'text', text: ' یک قرارداد است' },
    ]);
  });

  it('makes «e-Service» one ltr run', () => {
    const runs = splitInline('خدمات e-Service دستگاه');
    expect(runs).toEqual([
      { kind: 'text', text: 'خدمات ' },
      { kind: 'ltr', text: 'e-Service' },
      { kind: 'text', text: ' دستگاه' },
    ]);
  });

  it('plain Persian text is one text run', () => {
    expect(splitInline('متن ساده فارسی، بدون پیوند.')).toEqual([
      { kind: 'text', text: 'متن ساده فارسی، بدون پیوند.' },
    ]);
  });

  it('an empty string has no runs', () => {
    expect(splitInline('')).toEqual([]);
  });
});

describe('splitInline round trip', () => {
  it.each([
    ['توافق نامه سطح خدمات Service Level Agreement یک قرارداد است.'],
    ['نشانی https://sked.co.ir. و پست info@sked.co.ir، تلفن tel:+98341 یا mailto:a@b.ir؛'],
    ['javascript:alert(1) و data:text/html,<b>x</b> نباید پیوند شوند'],
    ['سامانه G2C و e-Service (SMS) در ۲۴ ساعت 24/7'],
    ['https://x.ir، https://y.ir). (https://z.ir)'],
    ['  فاصله‌ها\u00A0و\u200Cنیم‌فاصله  '],
    ['ABC'],
  ])('joins back to the original: %s', (text) => {
    const runs = splitInline(text);
    expect(joined(runs)).toBe(text);
    for (const run of runs) expect(run.text).not.toBe('');
  });

  it('every link it makes has a safe href', () => {
    const text = 'https://a.ir و mailto:x@y.ir و tel:123 و z@w.ir و javascript:void(0)';
    for (const run of links(splitInline(text))) expect(safeHref(run.href)).toBe(run.href);
  });
});

describe('safeHref', () => {
  it.each([
    ['http://www.ostan-lr.ir'],
    ['https://sked.co.ir/page?a=1'],
    ['HTTPS://EXAMPLE.IR'],
    ['mailto:info@ostan-hm.ir'],
    ['tel:+982112345678'],
  ])('accepts %s', (url) => {
    expect(safeHref(url)).toBe(url);
  });

  it('trims surrounding whitespace from an accepted URL', () => {
    expect(safeHref('  https://x.ir  ')).toBe('https://x.ir');
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    [' javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['ftp://x.ir'],
    ['//x.ir/page'],
    ['/relative/page'],
    ['https://x.ir/a page'],
    ['https://x.ir/\tpage'],
    ['https:// x.ir'],
    [''],
  ])('refuses %j', (url) => {
    expect(safeHref(url)).toBeNull();
  });
});
