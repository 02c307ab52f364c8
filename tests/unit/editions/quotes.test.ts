import { describe, expect, it } from 'vitest';
import { convertQuotes } from '../../../src/editions/convert/quotes.ts';

describe('quotation marks', () => {
  it('turns Chinese quotation into corner brackets, nested ones into double brackets', () => {
    expect(convertQuotes('他说：“这是‘国运级’的突破。”')).toBe('他说：「这是『国运级』的突破。」');
  });
  it('keeps apostrophes between Latin letters', () => {
    expect(convertQuotes('“We can’t do that,” 他说，“that’s it.”')).toBe(
      '「We can’t do that,」 他说，「that’s it.」',
    );
    expect(convertQuotes('《China’s AI》一文')).toBe('《China’s AI》一文');
  });
  it('keeps a closing apostrophe of a Latin word (users’)', () => {
    expect(convertQuotes('原文是“the users’ data”')).toBe('原文是「the users’ data」');
  });
  it('keeps quotation inside English text as it is', () => {
    expect(convertQuotes('他写道：“He said ‘no’ to them.”')).toBe(
      '他写道：「He said ‘no’ to them.」',
    );
  });
  it('converts a Chinese quotation of an English word', () => {
    expect(convertQuotes('所谓‘scaling’，就是')).toBe('所谓『scaling』，就是');
  });
  it('converts a quotation that opens and does not close in this text', () => {
    expect(convertQuotes('“这一段没有结束')).toBe('「这一段没有结束');
  });
});
