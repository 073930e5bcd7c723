/**
 * A services table as Excel puts it on the clipboard when its cells are copied: `text/plain`,
 * tab-separated with CRLF line ends and a cell holding a line break quoted, and `text/html`,
 * Excel's own markup (the `urn:schemas-microsoft-com:office` namespaces, ProgId Excel.Sheet, its
 * `<style>` of xl classes, the `<!--StartFragment-->` comment inside the table, `<col>`s, `height`
 * on rows and `class=xl…` cells, unquoted attributes). The rows are Hamedan's 23 services (seed
 * 001) with the fields it lacks filled in, under the headers an agency's sheet has, one of them
 * («ملاحظات», remarks) no service field.
 */
export const SHEET_HEADERS = ['ردیف', 'عنوان خدمت', 'واحد ارائه دهنده', 'شناسه خدمت', 'گیرنده خدمت', 'نحوه ارائه', 'مدت انجام', 'هزینه', 'تعداد مراجعه حضوری', 'ملاحظات'];

export interface SheetService {
  name: string;
  unit?: string;
}

/** The sheet's rows for the services: every column filled, cycling through a few ways of writing each. */
export function sheetRows(services: readonly SheetService[]): string[][] {
  const audiences = ['شهروندان', 'شهروندان، کسب و کار', 'دستگاه‌های دولتی'];
  const channels = ['اینترنتی', 'اینترنتی، پیشخوان و حضوری', 'حضوری'];
  const durations = ['۱۵ روز', '۳ روز کاری\nپس از تکمیل مدارک', '۱ ساعت'];
  const costs = ['رایگان', '۵۰۰٬۰۰۰ ریال', 'طبق تعرفه'];
  return services.map((service, index) => [
    String(index + 1),
    service.name,
    service.unit ?? '',
    String(13021187000 + index),
    audiences[index % 3]!,
    channels[index % 3]!,
    durations[index % 3]!,
    costs[index % 3]!,
    index % 3 === 2 ? 'ندارد' : `${(index % 3) + 1} بار`,
    index === 4 ? 'در دست بازنگری' : '',
  ]);
}

const quoteCell = (cell: string) => (/[\t\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const escape = (cell: string) => cell.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function excelClipboard(services: readonly SheetService[]): { text: string; html: string } {
  const rows = [SHEET_HEADERS, ...sheetRows(services)];
  const text = `${rows.map((row) => row.map(quoteCell).join('\t')).join('\r\n')}\r\n`;
  const cells = (row: string[]) => row.map((cell) => `<td height=20 class=xl65 dir=RTL style='height:15.0pt'>${escape(cell).replace(/\n/g, '<br style=\'mso-data-placement:same-cell\'>')}</td>`).join('');
  const html = `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<style>
<!--table
	{mso-displayed-decimal-separator:"\\.";
	mso-displayed-thousand-separator:"\\,";}
.xl65
	{mso-style-parent:style0;
	font-family:Tahoma, sans-serif;
	mso-font-charset:178;
	text-align:right;
	white-space:normal;}
-->
</style>
</head>
<body link="#0563C1" vlink="#954F72">
<table border=0 cellpadding=0 cellspacing=0 width=1200 style='border-collapse:collapse;width:900pt'>
<!--StartFragment-->
 <col width=64 span=10 style='width:48pt'>
${rows.map((row) => ` <tr height=20 style='height:15.0pt'>\n  ${cells(row)}\n </tr>`).join('\n')}
<!--EndFragment-->
</table>
</body>
</html>`;
  return { text, html };
}
