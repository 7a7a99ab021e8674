import { afterEach, describe, expect, it } from 'vitest';
import { successIn, writeHistory } from './wizard-history.ts';

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('successIn', () => {
  it('reads the success saved in a history entry', () => {
    expect(
      successIn({ net3Success: { result: { customerId: 'C1' }, primaryContactEmail: 'a@b.c' } }),
    ).toEqual({ result: { customerId: 'C1' }, primaryContactEmail: 'a@b.c' });
  });

  it('ignores state that is not a wizard success (another page, an old or edited entry)', () => {
    expect(successIn(null)).toBeNull();
    expect(successIn({ net3Step: 'review' })).toBeNull();
    expect(successIn({ net3Success: 'yes' })).toBeNull();
    expect(successIn({ net3Success: { result: [1] } })).toBeNull();
  });

  it("keeps Net3's answer when the saved email is missing", () => {
    expect(successIn({ net3Success: { result: {} } })).toEqual({
      result: {},
      primaryContactEmail: '',
    });
  });
});

describe('what was sent, saved with the success', () => {
  const sent = {
    customerName: 'Acme',
    sections: [
      {
        title: 'Company details',
        groups: [{ heading: '', rows: [{ label: 'Phone', value: '+1 803 555 0100' }] }],
      },
    ],
  };

  it('is read back with the success, so a reload still shows it', () => {
    writeHistory({ mode: 'push', success: { result: {}, primaryContactEmail: '', sent } });
    expect(successIn(window.history.state)?.sent).toEqual(sent);
  });

  it('is left out when it is not of its shape, and the success is kept', () => {
    for (const broken of [
      'x',
      { customerName: 1, sections: [] },
      {
        customerName: 'Acme',
        sections: [{ title: 'T', groups: [{ heading: '', rows: [{ label: 'L' }] }] }],
      },
    ]) {
      expect(successIn({ net3Success: { result: {}, sent: broken } })).toEqual({
        result: {},
        primaryContactEmail: '',
      });
    }
  });
});

describe('writeHistory', () => {
  it('does not push a second entry for the entry the page is on (React can apply a step move twice)', () => {
    window.history.replaceState({ net3Step: 'company' }, '', '/?step=company');
    writeHistory({ mode: 'push', step: 'addresses' });
    const length = window.history.length;
    writeHistory({ mode: 'push', step: 'addresses' });
    expect(window.history.length).toBe(length);
    expect(window.location.search).toBe('?step=addresses');
    expect(window.history.state).toEqual({ net3Step: 'addresses' });
  });

  it('pushes a step entry, keeping the other URL parameters', () => {
    window.history.replaceState(null, '', '/signup?parent=P1');
    const before = window.history.length;
    writeHistory({ mode: 'push', step: 'addresses' });
    expect(window.history.length).toBe(before + 1);
    expect(window.location.pathname + window.location.search).toBe(
      '/signup?parent=P1&step=addresses',
    );
    expect(window.history.state).toEqual({ net3Step: 'addresses' });
  });

  it('replaces the entry when asked to', () => {
    const before = window.history.length;
    writeHistory({ mode: 'replace', step: 'company' });
    expect(window.history.length).toBe(before);
    expect(window.location.search).toBe('?step=company');
  });

  it('writes the success page with its answer, which successIn reads back', () => {
    const success = { result: { customerId: 'C1' }, primaryContactEmail: '' };
    writeHistory({ mode: 'push', success });
    expect(window.location.search).toBe('?step=submitted');
    expect(successIn(window.history.state)).toEqual(success);
  });
});
