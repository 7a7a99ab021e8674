// Counts what a person presses on the keyboard in a test: every character typed into a field
// (page.keyboard.type, one per character, or a single printable key pressed) apart from the
// presses that only move or act (Tab, Shift+Tab, Enter, Space, arrows, Escape). The wizard's
// speed for a rep mid-call is the second figure: typing is the customer's data, the rest is
// what the portal makes them do to get through it.
import type { Locator, Page } from '@playwright/test';

/** Keys that type a character: one printable character (Space is a press: it ticks boxes). */
function typesACharacter(key: string): boolean {
  return [...key].length === 1 && key !== ' ';
}

export type KeyPressCounts = { typed: number; nonTyping: number; nonTypingKeys: string[] };

export class KeyPressCounter {
  private typed = 0;
  private readonly nonTypingKeys: string[] = [];

  constructor(private readonly page: Page) {}

  /** One key press (Tab, Enter, Space, ArrowDown, or a single letter into a select). */
  async press(key: string): Promise<void> {
    if (typesACharacter(key)) this.typed += 1;
    else this.nonTypingKeys.push(key);
    await this.page.keyboard.press(key);
  }

  /** Types `text` character by character into whatever has focus. */
  async type(text: string): Promise<void> {
    this.typed += [...text].length;
    await this.page.keyboard.type(text);
  }

  /**
   * Presses Tab (or Shift+Tab) until `target` has focus, counting each press; fails after
   * `max`. The check reads document.activeElement and touches nothing.
   */
  async tabTo(
    target: Locator,
    { backwards = false, max = 60 }: { backwards?: boolean; max?: number } = {},
  ): Promise<void> {
    for (let presses = 0; presses <= max; presses++) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.press(backwards ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`${target} did not receive focus within ${max} presses of Tab`);
  }

  counts(): KeyPressCounts {
    return {
      typed: this.typed,
      nonTyping: this.nonTypingKeys.length,
      nonTypingKeys: [...this.nonTypingKeys],
    };
  }
}
