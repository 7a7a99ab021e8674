// Where focus goes when the wizard opens straight after the person signed in on the Sign in
// page: they pressed Sign in to start work, on a page that is only a form, so focus goes to
// the first field of the step they return to (normally Customer name), or to the Review
// heading (Review has no fields; Submit is one Tab away). Without this it would fall to the
// page body with the Sign in button, two Tabs from the first field.
// Only then: a plain page load or reload leaves focus alone (a screen-reader user arriving at
// a page expects to start at its top), a later render never moves it, and if the person has
// already moved focus themselves, it stays where they put it.
import { useEffect, useState, type RefObject } from 'react';
import type { WizardStepId } from '../form/form-model.ts';

// Set by the Sign in page just before it opens the wizard; a page load starts without it.
let signedInJustNow = false;

/** The Sign in page calls this on success, just before it opens the wizard. */
export function noteSignedInJustNow(): void {
  signedInJustNow = true;
}

// The fields a person types into or chooses from; the read-only parts have none.
const FIELD_SELECTOR =
  'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

// How long a later step's lazily loaded part may take before the wizard stops waiting for it.
const WAIT_FOR_FIELDS_MS = 10_000;

function focusIsUntouched(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body;
}

type FocusAfterSignInOptions = {
  /** The wizard's form, which holds the step's fields. */
  formRef: RefObject<HTMLElement | null>;
  /** The step heading: the target on Review. */
  headingRef: RefObject<HTMLElement | null>;
  /** The step the wizard opens on. */
  step: WizardStepId;
};

export function useFocusAfterSignIn({ formRef, headingRef, step }: FocusAfterSignInOptions) {
  // Read once, when the wizard opens; the effect below forgets it.
  const [afterSignIn] = useState(() => signedInJustNow);
  const [openingStep] = useState(step);

  useEffect(() => {
    signedInJustNow = false;
    if (!afterSignIn) return;
    if (openingStep === 'review') {
      if (focusIsUntouched()) headingRef.current?.focus();
      return;
    }
    const form = formRef.current;
    if (!form) return;
    /** True once there is nothing more to do: focused, or the person moved focus first. */
    const focusFirstField = (): boolean => {
      if (!focusIsUntouched()) return true;
      const field = form.querySelector<HTMLElement>(FIELD_SELECTOR);
      field?.focus();
      return field !== null;
    };
    if (focusFirstField()) return;
    // A later step's fields arrive with its lazily loaded part.
    const observer = new MutationObserver(() => {
      if (focusFirstField()) observer.disconnect();
    });
    observer.observe(form, { childList: true, subtree: true });
    const giveUp = window.setTimeout(() => observer.disconnect(), WAIT_FOR_FIELDS_MS);
    return () => {
      observer.disconnect();
      window.clearTimeout(giveUp);
    };
  }, [afterSignIn, openingStep, formRef, headingRef]);
}
