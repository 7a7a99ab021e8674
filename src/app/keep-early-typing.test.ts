// What is typed into a prerendered form before the page comes alive goes back into it once the
// form has mounted, as typing would put it (an input event React's and react-hook-form's
// handlers see), whatever the form did to the inputs in between.
import { afterEach, describe, expect, it } from 'vitest';
import { putBackEarlyTyping, startKeepingEarlyTyping } from './keep-early-typing.ts';

function prerenderedForm(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML =
    '<input id="name" value="">' +
    '<input id="password" type="password" value="">' +
    '<input id="reseller" type="checkbox">' +
    '<input value="">';
  document.body.append(root);
  return root;
}

const input = (id: string) => document.getElementById(id) as HTMLInputElement;

afterEach(async () => {
  await putBackEarlyTyping();
  document.body.innerHTML = '';
});

describe('keeping what was typed before the page came alive', () => {
  it('puts back text typed before the entry script ran, after the form reset the input', async () => {
    const root = prerenderedForm();
    input('name').value = 'Early Bird Ltd';
    startKeepingEarlyTyping(root);
    // The form library sets each input it registers to its starting value.
    input('name').value = '';
    const seen: string[] = [];
    input('name').addEventListener('input', (event) =>
      seen.push((event.target as HTMLInputElement).value),
    );
    await putBackEarlyTyping();
    expect(input('name').value).toBe('Early Bird Ltd');
    expect(seen).toEqual(['Early Bird Ltd']);
  });

  it('keeps the latest of what is typed while the page hydrates, password and checkbox too', async () => {
    const root = prerenderedForm();
    startKeepingEarlyTyping(root);
    input('name').value = 'Acme';
    input('name').dispatchEvent(new Event('input', { bubbles: true }));
    input('name').value = 'Acme Widgets';
    input('name').dispatchEvent(new Event('input', { bubbles: true }));
    input('password').value = 'secret';
    input('password').dispatchEvent(new Event('input', { bubbles: true }));
    input('reseller').click();
    // Rendered afresh: new inputs with the same ids replace the prerendered ones.
    root.innerHTML =
      '<input id="name" value=""><input id="password" type="password"><input id="reseller" type="checkbox">';
    await putBackEarlyTyping();
    expect(input('name').value).toBe('Acme Widgets');
    expect(input('password').value).toBe('secret');
    expect(input('reseller').checked).toBe(true);
  });

  it('stops noting once put back, and does nothing without anything typed', async () => {
    const root = prerenderedForm();
    startKeepingEarlyTyping(root);
    await putBackEarlyTyping();
    input('name').value = 'typed after';
    input('name').dispatchEvent(new Event('input', { bubbles: true }));
    input('name').value = '';
    await putBackEarlyTyping();
    expect(input('name').value).toBe('');
  });
});
