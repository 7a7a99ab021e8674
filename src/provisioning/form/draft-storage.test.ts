import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  clearDraft,
  DRAFT_SAVE_DELAY_MS,
  DRAFT_STORAGE_KEY,
  draftHasAnswers,
  loadDraft,
  saveDraft,
  SIGNUP_DRAFT_STORAGE_KEY,
} from './draft-storage.ts';
import { exampleProvisionCustomerForm } from './example-form.ts';
import { defaultProvisionCustomerForm, emptyAddress, emptyContact } from './form-defaults.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the wizard draft', () => {
  it('is found after it was saved, with the step the person was on', () => {
    const form = exampleProvisionCustomerForm();
    form.customer.customerName = '  half-typed ';
    expect(saveDraft(form, 'contacts')).toBe(true);
    expect(loadDraft()).toEqual({ form, step: 'contacts', savedAt: expect.any(Number) });
  });

  it('is kept in sessionStorage under a versioned key', () => {
    saveDraft(defaultProvisionCustomerForm(), 'company');
    expect(DRAFT_STORAGE_KEY).toBe('net3-portal:provision-draft:v1');
    expect(sessionStorage.getItem(DRAFT_STORAGE_KEY)).not.toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it('is not found when none was saved', () => {
    expect(loadDraft()).toBeNull();
  });

  it('is gone after clearDraft', () => {
    saveDraft(exampleProvisionCustomerForm(), 'review');
    clearDraft();
    expect(loadDraft()).toBeNull();
  });

  it.each([
    ['text that is not JSON', '{"form":'],
    ['JSON that is not an object', '"draft"'],
    ['null', 'null'],
    ['a list', '[]'],
    ['a number where text belongs', '{"step":"company","form":{"customer":{"customerName":42}}}'],
    ['a list that is not a list', '{"step":"company","form":{"addresses":{"0":{}}}}'],
    ['an address that is not an object', '{"step":"company","form":{"addresses":["1 Main St"]}}'],
  ])('is ignored when storage holds %s', (_, stored) => {
    sessionStorage.setItem(DRAFT_STORAGE_KEY, stored);
    expect(loadDraft()).toBeNull();
  });

  it('fills what an older draft lacks from the defaults and drops what it no longer knows', () => {
    sessionStorage.setItem(
      DRAFT_STORAGE_KEY,
      JSON.stringify({
        step: 'addresses',
        form: {
          customer: { customerName: 'Acme', faxNumber: '555' },
          addresses: [{ street: '1 Main St', primary: true }],
          contacts: [{ firstName: 'Zoë', roles: ['Owner', 'Billing', 'Primary'] }],
        },
      }),
    );
    expect(loadDraft()).toEqual({
      savedAt: 0,
      step: 'addresses',
      form: {
        ...defaultProvisionCustomerForm(),
        customer: { ...defaultProvisionCustomerForm().customer, customerName: 'Acme' },
        addresses: [{ ...emptyAddress(true), street: '1 Main St' }],
        contacts: [{ ...emptyContact(['Billing', 'Primary']), firstName: 'Zoë' }],
      },
    });
  });

  it('opens an unknown step as the first step rather than losing the answers', () => {
    const form = exampleProvisionCustomerForm();
    sessionStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify({ step: 'payment', form }));
    expect(loadDraft()).toEqual({ form, step: 'company', savedAt: 0 });
  });

  it('keeps an emptied list empty', () => {
    const form = { ...exampleProvisionCustomerForm(), contacts: [] };
    saveDraft(form, 'contacts');
    expect(loadDraft()?.form.contacts).toEqual([]);
  });

  it('is not saved, without an error, when the browser refuses storage', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(saveDraft(exampleProvisionCustomerForm(), 'company')).toBe(false);
  });

  it('is not found, without an error, when the browser blocks storage', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(loadDraft()).toBeNull();
    expect(() => clearDraft()).not.toThrow();
  });

  it('is saved by the UI 400 ms after the last change', () => {
    expect(DRAFT_SAVE_DELAY_MS).toBe(400);
  });
});

describe('drafts under another key', () => {
  it('keeps the reseller signup draft apart from the staff draft', () => {
    saveDraft(exampleProvisionCustomerForm(), 'contacts', SIGNUP_DRAFT_STORAGE_KEY);

    expect(loadDraft()).toBeNull();
    expect(loadDraft(SIGNUP_DRAFT_STORAGE_KEY)?.step).toBe('contacts');
    clearDraft();
    expect(loadDraft(SIGNUP_DRAFT_STORAGE_KEY)).not.toBeNull();
    clearDraft(SIGNUP_DRAFT_STORAGE_KEY);
    expect(loadDraft(SIGNUP_DRAFT_STORAGE_KEY)).toBeNull();
  });
});

describe('draftHasAnswers', () => {
  it('is false without a draft, or with one that only holds "Created by" from the session', () => {
    expect(draftHasAnswers()).toBe(false);
    const form = defaultProvisionCustomerForm();
    form.createdBy.username = 'rep1';
    saveDraft(form, 'company');
    expect(draftHasAnswers()).toBe(false);
  });

  it('is true once anything was typed', () => {
    const form = defaultProvisionCustomerForm();
    form.addresses[0]!.city = 'Columbia';
    saveDraft(form, 'addresses');
    expect(draftHasAnswers()).toBe(true);
  });
});
