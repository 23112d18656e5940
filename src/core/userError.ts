/** A mistake the user can fix (bad option, unknown command): its message is shown to them as is. */
export class UserError extends Error {
  constructor(
    message: string,
    /** A usage line or example to show with the message. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
