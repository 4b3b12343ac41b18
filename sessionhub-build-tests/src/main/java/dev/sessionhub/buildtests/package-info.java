/**
 * Tests of SessionHub's build, not published: the release rehearsal that builds the Maven Central
 * bundle with a throwaway key and checks it. The host projects that import the BOM live under
 * {@code src/it}.
 */
@NullMarked
package dev.sessionhub.buildtests;

import org.jspecify.annotations.NullMarked;
