import { describe, expect, it } from 'vitest';
import { splitLead } from '../../src/lib/graphemes';

describe('splitLead', () => {
  it('holds an opening sign to the letter after it, a whole grapheme', () => {
    expect(splitLead('#AI')).toEqual({ lead: '#A', rest: 'I' });
    expect(splitLead('#에너지전환')).toEqual({ lead: '#에', rest: '너지전환' });
    expect(splitLead('『채식주의자』')).toEqual({ lead: '『채', rest: '식주의자』' });
    expect(splitLead('#👩‍💻개발')).toEqual({ lead: '#👩‍💻', rest: '개발' });
    expect(splitLead('“ 인용')).toEqual({ lead: '“ 인', rest: '용' });
  });

  it('leaves a text that opens with a letter, or has no letter, alone', () => {
    expect(splitLead('김민제의 블로그')).toEqual({ lead: '', rest: '김민제의 블로그' });
    expect(splitLead('#')).toEqual({ lead: '#', rest: '' });
    expect(splitLead('')).toEqual({ lead: '', rest: '' });
  });
});
