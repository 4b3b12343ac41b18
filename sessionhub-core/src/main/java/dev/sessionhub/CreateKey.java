package dev.sessionhub;

import dev.sessionhub.error.ValidationException;

/**
 * A caller-supplied key that makes a create safe to retry: a create, create-from-template or
 * import that names a key, retried with the same key by the same user, returns the session the
 * first attempt stored instead of making a second one. Use it when a call fails with
 * {@link dev.sessionhub.error.StoreUnavailableException}, which can happen after the store
 * committed: generate one key per intended session (a UUID, or an HTTP {@code Idempotency-Key}),
 * and retry with it.
 *
 * <p>A key names one create of one user: another user's same key is another create, and the same
 * user reusing a key for a different create gets the first session back. The guarantee rests on
 * the store's unique session id, not on a read before the write: for a create, the session id is
 * derived from the user and the key; for an import, it is the exported id, and the key is kept in
 * the session ({@link dev.sessionhub.model.Session#createKey()}) to recognise the retry.
 *
 * @param value 1 to 128 characters, none of them a control character or half of a surrogate pair
 */
public record CreateKey(String value) {

  /** The longest key. */
  public static final int MAX_LENGTH = 128;

  /**
   * Checks the key.
   *
   * @throws ValidationException at {@code createKey} when it is null, empty, too long, or holds
   *     a control character or an unpaired surrogate
   */
  public CreateKey {
    if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
      throw ValidationException.of("createKey", "must be 1 to " + MAX_LENGTH + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        throw ValidationException.of("createKey", "must not contain control characters");
      }
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw ValidationException.of("createKey", "must not contain an unpaired surrogate");
      }
    }
  }

  /** The key with this value. */
  public static CreateKey of(String value) {
    return new CreateKey(value);
  }
}
