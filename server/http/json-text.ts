/**
 * A response body that is already JSON text (built by PostgreSQL on hot read paths), sent as is
 * by the handler wrapper instead of being parsed and serialized again.
 */
export class JsonText {
  constructor(readonly text: string) {}
}
