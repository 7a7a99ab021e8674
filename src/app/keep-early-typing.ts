// What a person types into a prerendered page before it comes alive is kept. The page's HTML
// shows its form at once, well before the JavaScript has arrived and React has hydrated it;
// a fast typist is already in the first field by then. Hydration itself leaves the DOM
// alone, but the form library then sets each input it registers to the form's starting value
// (react-hook-form's ref registration), and a page rendered afresh (when it cannot be
// hydrated) replaces the inputs outright. So, from the moment the entry script runs, the
// values of inputs with an id are noted (those already typed, and every change until the
// page has mounted), and once the page's form has mounted they are put back the way a
// person's typing would put them: through the input's own value setter and an input event,
// so React and react-hook-form take them as typed.

type TypedValue = { value: string } | { checked: boolean };

const typed = new Map<string, TypedValue>();
let listening = false;

type FormElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function isFormElement(target: EventTarget | null): target is FormElement {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

function isToggle(element: FormElement): element is HTMLInputElement {
  return element instanceof HTMLInputElement && ['checkbox', 'radio'].includes(element.type);
}

// A password is kept like the rest: the person typed it into this page, it stays in this
// module's memory only, and is dropped once put back.
function note(element: FormElement): void {
  if (element.id === '') return;
  typed.set(
    element.id,
    isToggle(element) ? { checked: element.checked } : { value: element.value },
  );
}

function onChange(event: Event): void {
  if (isFormElement(event.target)) note(event.target);
}

function typedBefore(element: FormElement): boolean {
  if (isToggle(element)) return element.checked !== element.defaultChecked;
  if (element instanceof HTMLSelectElement)
    return [...element.options].some((option) => option.selected !== option.defaultSelected);
  return element.value !== element.defaultValue;
}

/** From the entry script, before React renders: note what `root`'s inputs already hold. */
export function startKeepingEarlyTyping(root: HTMLElement): void {
  for (const element of root.querySelectorAll<FormElement>('input, textarea, select')) {
    if (typedBefore(element)) note(element);
  }
  document.addEventListener('input', onChange, true);
  document.addEventListener('change', onChange, true);
  listening = true;
}

function setAsTyped(element: FormElement, value: string): void {
  // React notes the last value it saw through the element's own value property and ignores an
  // input event that does not change it; hydration noted the typed text. So the element is
  // first set (through its own property) to something else, then to the typed value through
  // the prototype's setter, which React does not see: the input event then reads as typing.
  element.value = value === '' ? ' ' : '';
  const prototype = Object.getPrototypeOf(element) as object;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, value);
  element.dispatchEvent(new Event('input', { bubbles: true }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * From the page's first effect, once its form has mounted: puts back what was typed before,
 * then stops noting. Calling it again (or with nothing typed) does nothing. It runs in a task
 * of its own, after React's: an input event dispatched inside React's commit would reach the
 * handlers, but React would then put the controlled inputs' old state back over it.
 */
export function putBackEarlyTyping(): Promise<void> {
  return new Promise((resolve) =>
    setTimeout(() => {
      putBackNow();
      resolve();
    }, 0),
  );
}

function putBackNow(): void {
  if (!listening) return;
  listening = false;
  document.removeEventListener('input', onChange, true);
  document.removeEventListener('change', onChange, true);
  for (const [id, kept] of typed) {
    const element = document.getElementById(id);
    if (!isFormElement(element)) continue;
    if ('checked' in kept) {
      if (isToggle(element) && element.checked !== kept.checked) element.click();
    } else {
      // Even when the input still shows it: a controlled input's state has not seen it yet.
      setAsTyped(element, kept.value);
    }
  }
  typed.clear();
}
