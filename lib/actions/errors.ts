import { ValidationError } from "@/lib/auth/errors";

/** A ValidationError about one form field (the form shows it under that field). */
export class FieldError extends ValidationError {
  constructor(readonly field: string, message: string) {
    super(message);
    this.name = "FieldError";
  }
}
