/**
 * Page chrome: the lines of the web page around a statement that were copied along with it.
 * Each rule has a name, so a warning can say which rule left a line out and an author who
 * disagrees knows what to look for. Matching is on searchKey (no spaces, ASCII digits, Persian
 * letters), so «سه شنبه 02 مرداد 1403» and «سه‌شنبه ۰۲ مرداد ۱۴۰۳» are one line.
 */
import { searchKey } from '../text/persian-text.js';

export type ChromeRule =
  | 'navigation'
  | 'page-date'
  | 'counter'
  | 'reading-time'
  | 'breadcrumb'
  | 'account'
  | 'slogan'
  | 'cms'
  | 'personalisation'
  | 'salutation';

const WEEKDAYS = '(?:شنبه|یکشنبه|دوشنبه|سهشنبه|چهارشنبه|پنجشنبه|جمعه)';
const MONTHS =
  '(?:فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|ژانویه|فوریه|مارس|آوریل|مه|ژوئن|ژوییه|ژوئیه|اوت|سپتامبر|اکتبر|نوامبر|دسامبر)';

const NAVIGATION = new Set(
  [
    'هدایت به بالای صفحه',
    'بازگشت به بالای صفحه',
    'بازگشت به بالا',
    'بالای صفحه',
    'بازگشت',
    'صفحه اصلی',
    'خانه',
    'جستجو',
    'منو',
    'فهرست',
    'چاپ',
    'چاپ صفحه',
    'نسخه چاپی',
    'ارسال به دوستان',
    'اشتراک گذاری',
    'ذخیره',
    'دانلود',
    'فایل pdf',
    'back',
    'back to top',
    'home',
    'menu',
    'search',
    'print',
    'share',
  ].map(searchKey),
);

const RULES: readonly (readonly [ChromeRule, RegExp])[] = [
  // «سه شنبه 02 مرداد 1403 00:00:00», «جمعه, 21 دی 1403», «دوشنبه 31 خرداد 1400 |», «1403/05/02 - 10:20»
  ['page-date', new RegExp(`^${WEEKDAYS}?[,،]?\\d{1,2}${MONTHS}\\d{2,4}(?:[-|،,]?(?:ساعت)?\\d{1,2}:\\d{2}(?::\\d{2})?)?[|]?$`)],
  ['page-date', new RegExp(`^${WEEKDAYS}[,،]?(?:\\d{2,4}/\\d{1,2}/\\d{1,4})?[|]?$`)],
  ['page-date', /^(?:تاریخ)?(?:انتشار|بروزرسانی|بهروزرسانی|آخرینبروزرسانی|آخرینویرایش|ویرایش|درج)?:?\d{2,4}\/\d{1,2}\/\d{1,4}(?:[-|،,]?(?:ساعت)?\d{1,2}:\d{2}(?::\d{2})?)?[|]?$/],
  ['page-date', /^(?:ساعت)?:?\d{1,2}:\d{2}(?::\d{2})?$/],
  ['counter', /^(?:تعداد)?(?:بازدید|مشاهده|بازدیدها|دفعاتمشاهده|نظرات|نظر)(?:کننده|کنندگان)?:?\d+(?:بار|نفر)?$/],
  ['counter', /^(?:کد|شناسه)(?:خبر|مطلب|صفحه):?\d+$/],
  ['counter', /^(?:views?|visits?|hits?):?\d+$/],
  ['reading-time', /^(?:زمان|مدت)(?:تقریبی)?مطالعه:?\d+(?:دقیقه|ثانیه)$/],
  ['reading-time', /^\d+دقیقه(?:زمان)?مطالعه$/],
  ['account', /^[»«>]?(?:یادآوریکلمهعبور|یادآوریرمزعبور|فراموشیرمزعبور|رمزعبوررافراموشکردهاید\??|ورود|ثبتنام|ورودکاربران|خروج|پروفایل|login|logout|register)$/],
  ['slogan', /^شعارسال/],
  ['cms', /^(?:مدیریتمحتوا|سیستممدیریتمحتوا|طراحیوتولید|طراحیشدهتوسط|قدرتگرفتهاز|کلیهحقوق|تمامیحقوق|poweredby|copyright|©)/],
  ['cms', /(?:نسخه|version)\d+(?:\.\d+)+$/],
  // The page's text-size and contrast buttons: «A+ A A-», «افزایش اندازه متن», «حالت شب».
  ['personalisation', /^(?:[+-]?a[+-]?){1,3}$|^(?:افزایش|کاهش|تغییر|تنظیم)?(?:اندازه|سایز)(?:متن|قلم|فونت|نوشته)$|^(?:بزرگنمایی|کوچکنمایی|حالتشب|حالتروز|حالتتاریک|کنتراستبالا|تغییررنگ|نسخهنابینایان)$/],
  ['salutation', /^(?:مراجعین|بازدیدکنندگان|کاربران|شهروندان|همکاران|متقاضیان)(?:محترم|گرامی|عزیز)[؛;:،,!.]?$/],
  ['salutation', /^قابلتوجه(?:بازدیدکنندگان|مراجعین|کاربران|شهروندان)(?:محترم|گرامی|عزیز)?[؛;:،,!.]?$/],
];

/** A breadcrumb trail: «صفحه اصلی > الزامات قانونی > بیانیه …», «خانه / درباره ما / …». */
const BREADCRUMB = /^[^>»/|]{1,40}(?:\s[>»/|]\s?[^>»/|]{1,60}){1,}$/;
const BREADCRUMB_START = /^(?:صفحهاصلی|خانه|home|صفحهنخست)/;

/** The rule that says a line is page chrome, or null for a line of the statement. */
export function chromeRule(text: string): ChromeRule | null {
  const key = searchKey(text);
  if (NAVIGATION.has(key)) return 'navigation';
  if (BREADCRUMB.test(text) && BREADCRUMB_START.test(key)) return 'breadcrumb';
  for (const [rule, pattern] of RULES) if (pattern.test(key)) return rule;
  return null;
}
