// A form inside a dialog that renders after the dialog opened (its draft journal loads first)
// missed Mantine's focus trap, which then put focus on the dialog's ×: this ref callback, stable
// so that it runs once when the form mounts, moves focus to the form's [data-autofocus] field.
export function focusFirstField(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
}
