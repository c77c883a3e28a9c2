import { describe, expect, test } from 'vitest';
import { QuoteRegistry, tableHtml } from './table-html.ts';
import type { TableTwin } from './spec.ts';

const quote = 'Tháng 5/2021, phường tiếp nhận 1.331 hồ sơ, đạt 98,95% & "đúng hạn"';
const table = (caption: string): TableTwin => ({
  caption,
  columns: [{ label: 'Kỳ' }, { label: 'Giá trị', numeric: true }],
  rows: [[{ text: 'tháng 5/2021' }, { text: '98,95%', numeric: true, quote }]],
});

describe('tableHtml', () => {
  test('escapes text (& < >) and attribute values (& < > "), and marks numeric cells', () => {
    const html = tableHtml(table('Bảng <1> & "2"'), 'vi');
    expect(html).toContain('<caption class="visually-hidden">Bảng &lt;1&gt; &amp; "2"</caption>');
    expect(html).toContain('aria-label="Bảng số liệu: Bảng &lt;1&gt; &amp; &quot;2&quot;"');
    expect(html).toContain('<td class="num">98,95%');
    expect(html).toContain('98,95% &amp; "đúng hạn"</q>');
  });

  test('a quote shared by several tables is written once, in the first table claimed, and linked to elsewhere', () => {
    const quotes = new QuoteRegistry();
    quotes.claimTable('rate', table('a'));
    quotes.claimTable('outcomes', table('b'));
    // Rendered in another order than claimed: the link still goes to the table that owns the quote.
    const second = tableHtml(table('b'), 'vi', { quotes: { registry: quotes, table: 'outcomes' } });
    const first = tableHtml(table('a'), 'vi', { quotes: { registry: quotes, table: 'rate' } });
    expect(first).toContain('<q class="quote" id="trich-dan-1">');
    expect(second).not.toContain('<q class="quote"');
    expect(second).toContain('<a class="quote-ref" href="#trich-dan-1">trích dẫn (đã nêu ở trên)</a>');
    expect(tableHtml(table('c'), 'en', { quotes: { registry: quotes, table: 'rate' } })).toContain('quote (given above)');
  });

  test('without a registry every quote is written in full', () => {
    expect(tableHtml(table('a'), 'vi')).toContain('<q class="quote">Tháng 5/2021');
  });
});
