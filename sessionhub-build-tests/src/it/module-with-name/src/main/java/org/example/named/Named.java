package org.example.named;

/** A main source, so that the module builds a jar. */
public final class Named {
    private Named() {
    }
}
