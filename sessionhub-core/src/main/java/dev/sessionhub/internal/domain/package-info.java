/** Pure domain rules: the formulas and tables behind the facade. Not public API. */
@NullMarked
package dev.sessionhub.internal.domain;

import org.jspecify.annotations.NullMarked;
