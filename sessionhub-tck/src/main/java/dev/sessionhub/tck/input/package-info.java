/**
 * Seeded generators of the input a {@code SessionHub} must survive, for the contract kit's
 * {@link dev.sessionhub.tck.BadInputContract} and for adapter authors' own property tests:
 * {@link dev.sessionhub.tck.input.Gen} (a generator drawing from a {@link java.util.SplittableRandom},
 * so the same seed gives the same input, and its combinators),
 * {@link dev.sessionhub.tck.input.Texts} (good, unstorable, blank, over-long and huge text),
 * {@link dev.sessionhub.tck.input.Ids} (well-formed and malformed ids, user ids, content hashes),
 * {@link dev.sessionhub.tck.input.FreeForm} (custom fields, deep and unstorable, as maps and JSON)
 * and {@link dev.sessionhub.tck.input.Lists} (lists with a null element).
 */
@NullMarked
package dev.sessionhub.tck.input;

import org.jspecify.annotations.NullMarked;
