"use client";

import { startTransition, type FormEvent } from "react";

/**
 * With JavaScript, submit through the action without React's automatic form reset, so what the
 * user typed stays in the fields when the server refuses it; without JavaScript the form's
 * `action` still posts normally.
 */
export function submitWithoutReset(dispatch: (data: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
}
